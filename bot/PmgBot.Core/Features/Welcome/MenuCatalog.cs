using PmgBot.Core.Access;
using PmgBot.Core.Features.Directory;
using PmgBot.Core.Features.Register;
using PmgBot.Core.Features.Reports;
using PmgBot.Core.Features.Screening;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Welcome;

/// <summary>
/// Everything the menu can offer, in display order, each with the key of its title and description in
/// <see cref="WelcomeTexts"/>. Flows of later features add their entry here (and their two texts).
/// </summary>
public static class MenuCatalog
{
    public static readonly IReadOnlyList<MenuItem> Items =
    [
        new(BotAction.SubmitReport, "Report", ReportVerbs.OpenReport),
        new(BotAction.ViewOwnReports, "MyReports", ReportVerbs.MyReports),
        new(BotAction.LookupYouth, "Lookup", RegisterVerbs.OpenLookup),
        new(BotAction.ViewOwnCases, "MyCases", RegisterVerbs.MyCases),
        new(BotAction.ViewScreeningQueue, "Screening", ScreeningVerbs.ScreeningQueue),
        new(BotAction.ViewOwnDetails, "MyDetails", DirectoryVerbs.MyDetails),
        new(BotAction.ViewNetworkOverview, "NetworkOverview", DirectoryVerbs.NetworkOverview),
        new(BotAction.ViewPrivacy, "Privacy", WelcomeVerbs.Privacy),
        new(BotAction.SwitchDemoRole, "RoleSwitch", DirectoryVerbs.OpenRoleSwitch, DevelopmentOnly: true),
    ];
}
