namespace PmgBot.Core.Features.Reports;

/// <summary>The card verbs of reporting a concern: <see cref="ReportFlow"/> and <see cref="MyReportsFlow"/>.</summary>
public static class ReportVerbs
{
    /// <summary>Open a fresh report card (menu, my-reports). Data: <c>{}</c>.</summary>
    public const string OpenReport = "report.open";

    /// <summary>
    /// Submit the report card (report). Data: <c>{"cardId":"&lt;guid&gt;","cardVersion":1}</c> plus every input
    /// (ids in <see cref="ReportFields"/>).
    /// </summary>
    public const string SubmitReport = "report.submit";

    /// <summary>Show "mijn meldingen" (menu, report-confirmation). Data: <c>{}</c>.</summary>
    public const string MyReports = "report.mine";
}
