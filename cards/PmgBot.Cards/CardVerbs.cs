namespace PmgBot.Cards;

/// <summary>The fixed <c>Action.Execute</c> verbs used inside the templates. Menu items carry their own verbs from data.</summary>
public static class CardVerbs
{
    /// <summary>Show the menu card (welcome, my-details, privacy, network-overview, error). Data: <c>{}</c>.</summary>
    public const string Menu = "menu";

    /// <summary>Show the privacy card (welcome). Data: <c>{}</c>.</summary>
    public const string Privacy = "privacy";

    /// <summary>Show the role-switch card (menu, Development only). Data: <c>{}</c>.</summary>
    public const string OpenRoleSwitch = "openRoleSwitch";

    /// <summary>Apply a demo role (role-switch card, Development only). Data: <c>{"role":"&lt;chosen value&gt;"}</c> (input id <c>role</c>).</summary>
    public const string SwitchRole = "switchRole";

    // Youth register — chair card (youth-chair). Data: {"code":"PMG-J-0017","version":3} + the card's inputs by id.

    /// <summary>Appoint the casusregisseur. Inputs: <c>casusregisseur</c> (Entra object id).</summary>
    public const string AssignCasusregisseur = "youth.assign";

    /// <summary>Change the level. Inputs: <c>level</c> (geen|groen|oranje|rood|afgesloten), <c>levelReason</c>, <c>procesregisseur</c> (Entra object id, oranje).</summary>
    public const string SetLevel = "youth.level";

    /// <summary>Add an involved organisation. Inputs: <c>organisation</c> (organisation id).</summary>
    public const string AddOrganisation = "youth.addOrganisation";

    /// <summary>Record the decision to share with another JPP. Inputs: <c>jpp</c> (JPP id), <c>shareReason</c>.</summary>
    public const string ShareWithJpp = "youth.share";

    // Youth register — lookup. Data carries "code" (PMG-J-0017), never names.
    /// <summary>Search the register (youth-search). Data: inputs <c>name</c>, <c>dateOfBirth</c>.</summary>
    public const string YouthLookup = "youth.lookup";

    /// <summary>Open a youth card after the access check (youth-choices). Data: <c>{"code":"PMG-J-0017"}</c>.</summary>
    public const string YouthOpen = "youth.open";

    /// <summary>The chair's actions on a youth (youth card, chairs only). Data: <c>{"code":"PMG-J-0017"}</c>.</summary>
    public const string YouthChairActions = "youth.chair";

    /// <summary>Open the search card again (youth-contact, my-cases). Data: <c>{}</c>.</summary>
    public const string YouthSearch = "youth.search";

    // Reports (issue 3, report flow); the same values as FlowVerbs.OpenReport / SubmitReport / MyReports.

    /// <summary>Open a fresh report card (my-reports). Data: <c>{}</c>.</summary>
    public const string OpenReport = "report.open";

    /// <summary>
    /// Submit the report card (report). Data: <c>{"cardId":"&lt;guid&gt;","cardVersion":1}</c> plus every input
    /// (ids in <c>ReportFields</c>).
    /// </summary>
    public const string SubmitReport = "report.submit";

    /// <summary>Show "mijn meldingen" (report-confirmation). Data: <c>{}</c>.</summary>
    public const string MyReports = "report.mine";

    // Screening (issue 3); the same values as FlowVerbs.ScreeningQueue/OpenScreening/ScreenReport/ResolveMatch.
    /// <summary>Show the screening queue (screening-queue, screening). Data: <c>{}</c>.</summary>
    public const string ScreeningQueue = "screening.queue";

    /// <summary>Show one report's screening card (screening-queue, screening refresh). Data: <c>{"code":"PMG-2026-00042"}</c>.</summary>
    public const string OpenScreening = "screening.open";

    /// <summary>Decide on a report (screening). Data: <c>{"code","version","decision":"agenda|referral|none"}</c> + inputs <c>referralTarget</c>, <c>referralNote</c>, <c>noActionReason</c>.</summary>
    public const string ScreenReport = "screening.decide";

    /// <summary>Resolve a possible match (screening). Data: <c>{"code","version","resolution":"merge|apart"}</c>.</summary>
    public const string ResolveMatch = "screening.match";
}
