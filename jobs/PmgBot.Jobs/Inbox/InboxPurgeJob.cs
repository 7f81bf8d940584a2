using PmgBot.Core.Inbox;
using PmgBot.Jobs.Scheduling;

namespace PmgBot.Jobs.Inbox;

/// <summary>
/// Removes done turns older than the retention (<see cref="InboxOptions.Retention"/>, from the turns' stored done
/// time and the injected clock): a missed run leaves them for the next, and a second run finds nothing to remove.
/// </summary>
public sealed class InboxPurgeJob(InboxRecovery recovery) : IScheduledJob
{
    public Task RunAsync(CancellationToken cancellationToken) => recovery.PurgeAsync(cancellationToken);
}
