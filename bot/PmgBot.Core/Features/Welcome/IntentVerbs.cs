using PmgBot.Core.Features.Directory;
using PmgBot.Core.Features.Register;
using PmgBot.Core.Features.Reports;
using PmgBot.Core.Features.Screening;
using PmgBot.Core.Features.Welcome.Intents;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Welcome;

/// <summary>The menu verb that opens each intent's flow: the buttons of "Bedoel je …?".</summary>
public static class IntentVerbs
{
    private static readonly Dictionary<Intent, string> Verbs = new()
    {
        [Intent.Help] = WelcomeVerbs.Menu,
        [Intent.Report] = ReportVerbs.OpenReport,
        [Intent.MyReports] = ReportVerbs.MyReports,
        [Intent.Lookup] = RegisterVerbs.OpenLookup,
        [Intent.MyCases] = RegisterVerbs.MyCases,
        [Intent.MyDetails] = DirectoryVerbs.MyDetails,
        [Intent.Privacy] = WelcomeVerbs.Privacy,
        [Intent.NetworkOverview] = DirectoryVerbs.NetworkOverview,
        [Intent.Screening] = ScreeningVerbs.ScreeningQueue,
    };

    /// <summary>The menu verb of an intent's flow; null for intents without one (yet).</summary>
    public static string? Of(Intent intent) => Verbs.GetValueOrDefault(intent);

    /// <summary>
    /// The intents worth offering, best first: the best and its close seconds that <paramref name="allowed"/> lets this
    /// user open (an intent without a menu entry is kept; its flow answers for itself).
    /// </summary>
    public static IReadOnlyList<Intent> Candidates(IntentMatch match, Func<string, bool> allowed)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(allowed);
        return [.. new[] { match.Intent }.Concat(match.CloseSeconds).Where(intent => Of(intent) is not { } verb || allowed(verb))];
    }
}
