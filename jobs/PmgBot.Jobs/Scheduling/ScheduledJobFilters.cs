using Hangfire;
using Hangfire.Common;

namespace PmgBot.Jobs.Scheduling;

/// <summary>
/// The job filters of this host, instead of Hangfire's static global ones: no retries (a run computes what is due
/// now, so the next run is the retry; a failed run is logged and deleted rather than kept as failed every second),
/// the dashboard's statistics, the failure log, and the filter attributes a job class may carry.
/// </summary>
internal static class ScheduledJobFilters
{
    public static IJobFilterProvider Create(ScheduledJobFailureLog failureLog)
    {
        var filters = new JobFilterCollection
        {
            new AutomaticRetryAttribute { Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete, LogEvents = false },
            new StatisticsHistoryAttribute(),
            failureLog,
        };
        return new JobFilterProviderCollection(filters, new JobFilterAttributeFilterProvider());
    }
}
