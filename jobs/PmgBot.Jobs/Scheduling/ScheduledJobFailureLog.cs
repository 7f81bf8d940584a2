using Hangfire.Server;
using Microsoft.Extensions.Logging;

namespace PmgBot.Jobs.Scheduling;

/// <summary>
/// Logs a failed run through the host's logger. Hangfire's own log provider is process-wide (one static), so it is
/// not wired: several hosts in one process (the tests) would log into each other's loggers.
/// </summary>
internal sealed class ScheduledJobFailureLog(ILogger<ScheduledJobFailureLog> logger) : IServerFilter
{
    public void OnPerforming(PerformingContext context)
    {
    }

    public void OnPerformed(PerformedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Exception is { } exception && !context.Canceled)
        {
            var job = context.GetJobParameter<string>("RecurringJobId") ?? context.BackgroundJob.Job.Type.Name;
            ScheduledJobsLog.RunFailed(logger, job, exception.InnerException ?? exception);
        }
    }
}
