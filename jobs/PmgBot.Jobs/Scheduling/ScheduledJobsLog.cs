using Microsoft.Extensions.Logging;

namespace PmgBot.Jobs.Scheduling;

internal static partial class ScheduledJobsLog
{
    [LoggerMessage(EventId = 7501, Level = LogLevel.Warning, Message = "Scheduled job {Job} failed; its next run catches up.")]
    public static partial void RunFailed(ILogger logger, string job, Exception exception);

    [LoggerMessage(EventId = 7502, Level = LogLevel.Information, Message = "Scheduled {Count} recurring jobs ({Jobs}) on {Storage}; each runs once now, then on its cron.")]
    public static partial void Scheduled(ILogger logger, int count, string jobs, string storage);

    [LoggerMessage(EventId = 7503, Level = LogLevel.Information, Message = "Recurring job {Job} is no longer in the schedule; removed.")]
    public static partial void Removed(ILogger logger, string job);
}
