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
    // Youth register — lookup. Data carries "code" (PMG-J-0017), never names.
    /// <summary>Search the register (youth-search). Data: inputs <c>name</c>, <c>dateOfBirth</c>.</summary>
    public const string YouthLookup = "youth.lookup";

    /// <summary>Open a youth card after the access check (youth-choices). Data: <c>{"code":"PMG-J-0017"}</c>.</summary>
    public const string YouthOpen = "youth.open";

    /// <summary>The chair's actions on a youth (youth card, chairs only). Data: <c>{"code":"PMG-J-0017"}</c>.</summary>
    public const string YouthChairActions = "youth.chair";

    /// <summary>Open the search card again (youth-contact, my-cases). Data: <c>{}</c>.</summary>
    public const string YouthSearch = "youth.search";
}
