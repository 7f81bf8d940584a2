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
}
