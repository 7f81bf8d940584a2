using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Reports;

/// <summary>One line of "mijn meldingen": no names, no case facts.</summary>
public sealed record OwnReport(string Reference, DateTime CreatedAtUtc, ReportSubject Subject, ReportStatus Status);
