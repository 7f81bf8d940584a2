namespace PmgBot.Core.Features.Welcome.Intents;

/// <summary>The English phrase table (see <see cref="DutchPhrases"/>): for Teams clients set to English.</summary>
public static class EnglishPhrases
{
    public static IReadOnlyList<IntentPhrase> All { get; } =
    [
        .. Phrases(Intent.Help,
            "help", "menu", "hi", "hello", "hey", "good morning", "good afternoon", "what can you do", "what do you do", "how does this work",
            "options", "show menu", "start"),
        .. Phrases(Intent.Report,
            "report", "concern", "concerns", "report concern", "report a concern", "worried", "worried about", "new report", "signal",
            "report pupil", "report student", "report youth"),
        .. Phrases(Intent.MyReports,
            "my reports", "my report", "my concerns", "reports i made", "concerns i reported", "status of my report",
            "happened to my report", "happened concerns reported"),
        .. Phrases(Intent.Lookup,
            "case director", "case manager", "who is case director", "case director of", "look up", "lookup", "who should i contact",
            "contact about", "who to contact", "find youth", "casusregisseur"),
        .. Phrases(Intent.MyCases, "my cases", "my case", "am i case director", "i am case director", "my youths"),
        .. Phrases(Intent.MyDetails, "my details", "who am i", "about me", "what do you know about me", "my profile", "my role"),
        .. Phrases(Intent.Privacy, "privacy", "personal data", "privacy policy", "gdpr", "data protection", "handle data"),
        .. Phrases(Intent.NetworkOverview, "network overview", "network", "how many organisations", "how many organizations",
            "how many professionals", "professionals per jpp"),
        .. Phrases(Intent.Screening, "screening", "screen", "screen reports", "screen new reports", "waiting for screening"),
        .. Phrases(Intent.Agenda, "agenda", "next meeting", "next jpp", "meeting agenda", "on the agenda"),
        .. Phrases(Intent.MyActions, "my actions", "my action items", "my tasks", "my to dos", "my todos", "my open tasks", "what do i still have to do"),
        .. Phrases(Intent.Actions, "actions", "all actions", "action items", "all action items", "overdue actions", "open actions"),
        .. Phrases(Intent.RoleSwitch, "switch role", "change role"),
    ];

    public static IReadOnlyList<string> Negations { get; } = ["no", "not", "dont", "never", "nothing"];

    public static IReadOnlyList<string> ExactWords { get; } = ["my", "me", "i", "all", "who", "what", "of", "am", "to", "the"];

    public static IReadOnlyList<string> FalseFriends { get; } = ["reports"];

    public static IReadOnlyList<string> Fillers { get; } =
    [
        "who", "is", "the", "of", "about", "for", "born", "i", "should", "contact", "look", "up", "please", "a", "an", "find",
    ];

    private static IEnumerable<IntentPhrase> Phrases(Intent intent, params string[] phrases) => phrases.Select(p => IntentPhrase.Of(intent, p));
}
