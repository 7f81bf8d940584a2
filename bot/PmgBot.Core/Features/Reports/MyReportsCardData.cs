namespace PmgBot.Core.Features.Reports;

/// <summary>Data for <c>my-reports</c>: the reporter's own reports, newest first (at most <paramref name="Max"/>).</summary>
public sealed record MyReportsCardData(IReadOnlyList<MyReportRowData> Reports, int Max);
