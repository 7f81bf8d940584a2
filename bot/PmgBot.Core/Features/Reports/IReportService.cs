using PmgBot.Core.Directory;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Reports;

/// <summary>Stores reports (signals) and answers the reporter's questions about their own reports.</summary>
public interface IReportService
{
    /// <summary>
    /// Stores a validated report in one transaction: idempotency check on the card id, reference
    /// (PMG-yyyy-nnnnn, year in Europe/Amsterdam), the JPP of the municipality, status Ontvangen, the audit event
    /// <c>report.submit</c>, and the report marked due for its follow-up (<see cref="Report.FollowUpDueAtUtc"/>). The
    /// <see cref="IReportSubmittedHandler"/>s (matching, notices, spoed alerts) do not run here: after the commit it
    /// wakes the follow-up job, which runs them. A repeated submit of the same card (double click, re-sent card,
    /// redelivery, also concurrently) returns the existing report and stores nothing. Checks the access matrix itself
    /// (<see cref="Access.BotAction.SubmitReport"/>).
    /// </summary>
    Task<ReportSubmitResult> SubmitAsync(ProfessionalProfile reporter, ReportSubmission submission, CancellationToken cancellationToken);

    /// <summary>Who screens the report and when its JPP meets next (for the confirmation card).</summary>
    Task<ReportNextSteps> GetNextStepsAsync(Report report, CancellationToken cancellationToken);

    /// <summary>The reporter's own reports, newest first, at most <paramref name="max"/>; never anyone else's.</summary>
    Task<IReadOnlyList<OwnReport>> ListOwnAsync(ProfessionalProfile reporter, int max, CancellationToken cancellationToken);
}
