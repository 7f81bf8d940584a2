using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Reports;

/// <summary>
/// The choice values of the <c>report</c> card and what they mean, in card order. Values are stable (they are in sent
/// cards); the labels here are the Dutch ones of the template, which shows them in the turn's language (CardTexts).
/// </summary>
public static class ReportFormValues
{
    public const string Yes = "ja";
    public const string No = "nee";

    public static readonly IReadOnlyList<(string Value, string Label, ReportSubject Subject)> Subjects =
    [
        ("jongere", "Een jongere", ReportSubject.Jongere),
        ("groep", "Een groep jongeren", ReportSubject.Groep),
        ("locatie", "Een locatie (plek)", ReportSubject.Locatie),
    ];

    public static readonly IReadOnlyList<(string Value, string Label, ReportKind Kind)> Kinds =
    [
        ("zorg", "Zorgsignaal", ReportKind.Zorg),
        ("veiligheid", "Veiligheidssignaal", ReportKind.Veiligheid),
    ];

    public static readonly IReadOnlyList<(string Value, string Label, ReportContext Context)> Contexts =
    [
        ("school", "School", ReportContext.School),
        ("straat", "Straat", ReportContext.Straat),
        ("thuis", "Thuis", ReportContext.Thuis),
        ("online", "Online", ReportContext.Online),
    ];

    public static readonly IReadOnlyList<(string Value, string Label, ConcernTypes Concern)> Concerns =
    [
        ("wapenbezit", "Wapenbezit", ConcernTypes.Wapenbezit),
        ("drugs", "Drugs", ConcernTypes.Drugs),
        ("schoolverzuim", "Schoolverzuim", ConcernTypes.Schoolverzuim),
        ("overlast", "Overlast", ConcernTypes.Overlast),
        ("geweld", "Geweld", ConcernTypes.Geweld),
        ("online-of-cyber", "Online of cyber", ConcernTypes.OnlineOfCyber),
        ("ronselen-of-uitbuiting", "Ronselen of uitbuiting", ConcernTypes.RonselenOfUitbuiting),
        ("zorgen-thuis", "Zorgen thuis", ConcernTypes.ZorgenThuis),
        ("anders", "Anders", ConcernTypes.Anders),
    ];

    public static readonly IReadOnlyList<(string Value, string Label, ReportUrgency Urgency)> Urgencies =
    [
        ("normaal", "Normaal", ReportUrgency.Normaal),
        ("spoed", "Spoed", ReportUrgency.Spoed),
    ];

    /// <summary>The status as the reporter reads it ("mijn meldingen"), in the turn's language.</summary>
    public static string StatusLabel(ReportStatus status) => status switch
    {
        ReportStatus.Ontvangen => ReportTexts.StatusReceived,
        ReportStatus.InScreening => ReportTexts.StatusInScreening,
        ReportStatus.OpAgendaJpp => ReportTexts.StatusOnAgenda,
        ReportStatus.Doorverwezen => ReportTexts.StatusReferred,
        ReportStatus.GeenActie => ReportTexts.StatusNoAction,
        _ => ReportTexts.Unknown,
    };

    /// <summary>What the report is about, in a word, in the turn's language.</summary>
    public static string SubjectLabel(ReportSubject subject) => subject switch
    {
        ReportSubject.Jongere => ReportTexts.SubjectYouth,
        ReportSubject.Groep => ReportTexts.SubjectGroup,
        ReportSubject.Locatie => ReportTexts.SubjectLocation,
        _ => ReportTexts.Unknown,
    };

    public static string ValueOf(ReportSubject subject) => Subjects.First(s => s.Subject == subject).Value;

    public static string ValueOf(ReportKind kind) => Kinds.First(k => k.Kind == kind).Value;

    public static string ValueOf(ReportContext context) => Contexts.First(c => c.Context == context).Value;

    public static string ValueOf(ReportUrgency urgency) => Urgencies.First(u => u.Urgency == urgency).Value;

    /// <summary>The comma-separated multi-select value for <paramref name="concerns"/>.</summary>
    public static string ValueOf(ConcernTypes concerns) =>
        string.Join(",", Concerns.Where(c => (concerns & c.Concern) != ConcernTypes.None).Select(c => c.Value));
}
