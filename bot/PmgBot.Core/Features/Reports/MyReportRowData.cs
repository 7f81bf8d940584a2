namespace PmgBot.Core.Features.Reports;

/// <summary>One line of "mijn meldingen": reference, date (dd-MM-yyyy), subject kind and status, all in Dutch; no names.</summary>
public sealed record MyReportRowData(string Reference, string Date, string Subject, string Status);
