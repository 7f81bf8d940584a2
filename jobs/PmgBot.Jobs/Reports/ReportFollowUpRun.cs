using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmgBot.Core.Data;
using PmgBot.Core.Features.Reports;
using PmgBot.Core.Register;
using PmgBot.Core.Threading;

namespace PmgBot.Jobs.Reports;

/// <summary>
/// One follow-up run (scoped): claims due reports one by one with a lease (compare-and-set on
/// <c>FollowUpDueAtUtc</c>, so one instance takes a report), runs <see cref="ReportFollowUp"/> for it in its own scope,
/// and clears the due time when every step succeeded. A failed step keeps the lease: the report runs again after it.
/// Users go first: before each report it waits briefly for a lull in requests (<see cref="ForegroundWork"/>).
/// </summary>
internal sealed class ReportFollowUpRun(
    PmgDbContext db,
    IServiceScopeFactory scopes,
    ForegroundWork foreground,
    IOptions<ReportFollowUpOptions> options,
    TimeProvider time,
    ILogger<ReportFollowUpRun> logger)
{
    /// <summary>Runs once; returns how long until the next report is due (null: none waiting).</summary>
    public async Task<TimeSpan?> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = Now();
        // The reports themselves, not just their ids: the follow-up starts from this read (one statement per report
        // less). The claim below is taken only when the due time is still the one read here.
        var due = await db.Reports.AsNoTracking()
            .Where(r => r.FollowUpDueAtUtc != null && r.FollowUpDueAtUtc <= now)
            .OrderBy(r => r.FollowUpDueAtUtc).ThenBy(r => r.Id)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        foreach (var report in due)
        {
            await foreground.WaitForLullAsync(settings.YieldToRequests, cancellationToken).ConfigureAwait(false);
            var leaseUntil = Now() + settings.LeaseDuration;
            var dueAt = report.FollowUpDueAtUtc;
            var reportId = report.Id;
            var claimed = await db.Reports
                .Where(r => r.Id == reportId && r.FollowUpDueAtUtc == dueAt)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.FollowUpDueAtUtc, leaseUntil), cancellationToken).ConfigureAwait(false);
            if (claimed != 1)
            {
                continue;
            }

            bool done;
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                done = await scope.ServiceProvider.GetRequiredService<ReportFollowUp>().RunAsync(report, settings.YieldToRequests, cancellationToken).ConfigureAwait(false);
            }

            if (done)
            {
                await db.Reports
                    .Where(r => r.Id == reportId && r.FollowUpDueAtUtc == leaseUntil)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.FollowUpDueAtUtc, (DateTime?)null), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                ReportFollowUpLog.StepFailed(logger, reportId);
            }
        }

        if (due.Count >= settings.BatchSize)
        {
            return TimeSpan.Zero;
        }

        var next = await db.Reports.AsNoTracking()
            .Where(r => r.FollowUpDueAtUtc != null)
            .MinAsync(r => r.FollowUpDueAtUtc, cancellationToken).ConfigureAwait(false);
        return next is { } at ? (at > Now() ? at - Now() : TimeSpan.Zero) : null;
    }

    /// <summary>Now on the injected clock, in whole milliseconds: a lease read back compares equal on both providers.</summary>
    private DateTime Now()
    {
        var now = time.GetUtcNow().UtcDateTime;
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
    }
}
