using PmgBot.Core.Features.Actions;
using PmgBot.Jobs.Scheduling;

namespace PmgBot.Jobs.Actions;

/// <summary>
/// Sends the reminders about open action items that are due now (<see cref="ReminderSweep"/>): each run computes them
/// from the database, so a missed run is caught up and a second run sends nothing twice. With the JPP cycle's other jobs
/// (the action items come out of its meetings).
/// </summary>
public sealed class ActionReminderJob(ReminderSweep sweep) : IScheduledJob
{
    public Task RunAsync(CancellationToken cancellationToken) => sweep.RunAsync(cancellationToken);
}
