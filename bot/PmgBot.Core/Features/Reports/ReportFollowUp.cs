using Microsoft.Extensions.Logging;
using PmgBot.Core.Data;
using PmgBot.Core.Register;
using PmgBot.Core.Threading;

namespace PmgBot.Core.Features.Reports;

/// <summary>
/// Runs the steps after a report was stored (<see cref="IReportSubmittedHandler"/>: matching, match notices, the
/// screening notice, spoed alerts) in their order, for one report, off the reporter's request. Each step is safe to run
/// again (dedup keys, matching skips a matched report), so a run cut short is simply run again by the follow-up job.
/// </summary>
public sealed class ReportFollowUp(
    PmgDbContext db,
    IEnumerable<IReportSubmittedHandler> handlers,
    ForegroundWork foreground,
    ILogger<ReportFollowUp> logger)
{
    /// <summary>
    /// Runs the steps for <paramref name="report"/> as the caller read it (not tracked; the steps that change it read it
    /// again under their own lock, as matching does). Returns true when every step succeeded (the report is done), false
    /// when one failed (run it again later). Before each step after the first it waits for a lull in requests, at most
    /// <paramref name="yieldToRequests"/>, so a user's request never waits behind more than one step.
    /// </summary>
    public async Task<bool> RunAsync(Report report, TimeSpan yieldToRequests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var context = new ReportSubmittedContext(report);
        var succeeded = true;
        var first = true;
        foreach (var handler in handlers.OrderBy(h => h.Order))
        {
            if (!first)
            {
                await foreground.WaitForLullAsync(yieldToRequests, cancellationToken).ConfigureAwait(false);
            }

            first = false;
            try
            {
                await handler.HandleAsync(context, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The other steps still run (a failing notice must not keep the chair's notice back); this one is retried.
                ReportsLog.HandlerFailed(logger, ex, handler.GetType().Name, report.Reference);
                db.ChangeTracker.Clear();
                succeeded = false;
            }
        }

        return succeeded;
    }
}
