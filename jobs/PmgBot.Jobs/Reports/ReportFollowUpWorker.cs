using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmgBot.Core.Features.Reports;
using PmgBot.Jobs.Hosting;

namespace PmgBot.Jobs.Reports;

/// <summary>
/// Runs the steps after a report was stored (matching, notices, spoed alerts) off the reporter's request, one
/// <see cref="ReportFollowUpRun"/> per loop (<see cref="SignalledJob"/>); woken at once when a report is stored in this
/// process. Reports stored before a crash, or by another instance, are picked up at the next poll.
/// </summary>
internal sealed class ReportFollowUpWorker(
    IServiceScopeFactory scopes,
    IReportFollowUpSignal signal,
    IOptions<ReportFollowUpOptions> options,
    ILogger<ReportFollowUpWorker> logger) : SignalledJob(scopes)
{
    protected override TimeSpan PollInterval => options.Value.PollInterval;

    protected override Task<TimeSpan?> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<ReportFollowUpRun>().RunOnceAsync(cancellationToken);

    protected override Task WaitForSignalAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);

    protected override void LogStarted() => ReportFollowUpLog.Started(logger);

    protected override void LogRunFailed(Exception exception) => ReportFollowUpLog.RunFailed(logger, exception);
}
