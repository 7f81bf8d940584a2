using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Reports;

/// <summary>
/// The answer of <see cref="IReportService.SubmitAsync"/>. <see cref="Report"/> is set for
/// <see cref="ReportSubmitOutcome.Stored"/> and <see cref="ReportSubmitOutcome.AlreadyStored"/> (not tracked);
/// <see cref="Alerted"/> lists "Naam (organisatie)" of whoever the follow-up job alerts at once for a spoed report
/// (also on a repeat).
/// </summary>
public sealed record ReportSubmitResult(ReportSubmitOutcome Outcome, Report? Report, IReadOnlyList<string> Alerted)
{
    public static ReportSubmitResult Refused(ReportSubmitOutcome outcome) => new(outcome, null, []);
}
