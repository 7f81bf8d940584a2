using PmgBot.Cards;

namespace PmgBot.Core.Turns;

/// <summary>The card verbs the routes listen to.</summary>
public static class FlowVerbs
{
    public const string Menu = CardVerbs.Menu;
    public const string Privacy = CardVerbs.Privacy;
    public const string OpenRoleSwitch = CardVerbs.OpenRoleSwitch;
    public const string SwitchRole = CardVerbs.SwitchRole;
    public const string MyDetails = "myDetails";
    public const string NetworkOverview = "networkOverview";

    // Reports (signals) — ReportFlow, MyReportsFlow
    public const string OpenReport = "report.open";
    public const string SubmitReport = "report.submit";
    public const string MyReports = "report.mine";

    // Screening — ScreeningFlow. Data carries "reference" (PMG-2026-00042), never names.
    public const string ScreeningQueue = "screening.queue";
    public const string OpenScreening = "screening.open";
    public const string ScreenReport = "screening.decide";
    public const string ResolveMatch = "screening.match";

    // Youth register — LookupFlow, MyCasesFlow, ChairFlow. Data carries "code" (PMG-J-0017), never names.
    public const string OpenLookup = "youth.search";
    public const string Lookup = "youth.lookup";

    /// <summary>Open the youth card after the server-side access check (used by notices). Data: <c>{"code":"PMG-J-0017"}</c>.</summary>
    public const string OpenYouth = "youth.open";
    public const string MyCases = "youth.mine";
    public const string OpenChairActions = "youth.chair";
    public const string AssignCasusregisseur = CardVerbs.AssignCasusregisseur;
    public const string SetLevel = CardVerbs.SetLevel;
    public const string AddOrganisation = CardVerbs.AddOrganisation;
    public const string ShareWithJpp = CardVerbs.ShareWithJpp;
}
