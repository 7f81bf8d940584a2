using PmgBot.Core.Access;
using PmgBot.Core.Features.Directory;
using PmgBot.Core.Features.Register;
using PmgBot.Core.Features.Reports;
using PmgBot.Core.Features.Screening;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Welcome;

/// <summary>Everything the menu can offer, in display order. Flows of later features add their entry here.</summary>
public static class MenuCatalog
{
    public static readonly IReadOnlyList<MenuItem> Items =
    [
        new(BotAction.SubmitReport, "Zorg melden", ReportVerbs.OpenReport, "Meld een zorg over een jongere, een groep of een plek. Je krijgt meteen een kenmerk."),
        new(BotAction.ViewOwnReports, "Mijn meldingen", ReportVerbs.MyReports, "Je eigen meldingen en wat ermee gebeurt."),
        new(BotAction.LookupYouth, "Casusregisseur zoeken", RegisterVerbs.OpenLookup, "Zoek wie de casusregisseur van een jongere is."),
        new(BotAction.ViewOwnCases, "Mijn casussen", RegisterVerbs.MyCases, "De jongeren van wie jij casusregisseur bent."),
        new(BotAction.ViewScreeningQueue, "Screening", ScreeningVerbs.ScreeningQueue, "Nieuwe meldingen van je JPP bekijken en er een besluit over nemen."),
        new(BotAction.ViewOwnDetails, "Mijn gegevens", DirectoryVerbs.MyDetails, "Je organisatie, rollen en JPP's zoals PmgBot ze kent."),
        new(BotAction.ViewNetworkOverview, "Netwerkoverzicht", DirectoryVerbs.NetworkOverview, "Aantallen professionals per organisatie en per JPP."),
        new(BotAction.ViewPrivacy, "Privacy", WelcomeVerbs.Privacy, "Wat PmgBot bewaart, waarom, hoe lang en wie wat ziet."),
        new(BotAction.SwitchDemoRole, "Rol wisselen (demo)", DirectoryVerbs.OpenRoleSwitch, "Alleen in de demo-omgeving: probeer PmgBot met een andere rol.", DevelopmentOnly: true),
    ];
}
