namespace PmgBot.Jobs.Scheduling;

/// <summary>
/// Time-based work, run by Hangfire on the cron of its <see cref="PmgBot.Jobs.JobSchedule"/> line, in its own DI scope. A run
/// computes what is due now from the database, so a missed run is caught up by the next and a second run changes
/// nothing; a failed run is logged and not retried for the same reason.
/// </summary>
public interface IScheduledJob
{
    /// <param name="cancellationToken">Cancelled when the bot shuts down (Hangfire passes its own token here).</param>
    Task RunAsync(CancellationToken cancellationToken);
}
