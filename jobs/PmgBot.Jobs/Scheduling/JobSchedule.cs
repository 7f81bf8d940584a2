using PmgBot.Core.Data;
using PmgBot.Core.Time;
using PmgBot.Jobs.Inbox;
using PmgBot.Jobs.Meetings;

namespace PmgBot.Jobs.Scheduling;

/// <summary>
/// THE place where time-based work is scheduled: one line per job. Crons are in Europe/Amsterdam (Hangfire's Cronos
/// handles the summer-time jumps). A new job is an <see cref="IScheduledJob"/> class and one line here; the class is
/// registered in DI and as a recurring job from this list.
/// </summary>
public static class JobSchedule
{
    public static TimeZoneInfo TimeZone => AmsterdamTime.Zone;

    private static readonly ScheduledJob[] Jobs =
    [
        ScheduledJob.Create<InboxPurgeJob>("inbox-purge", "*/5 * * * *"),
        ScheduledJob.Create<MeetingPlanningJob>("meeting-planning", "7 * * * *"),
        ScheduledJob.Create<ActionReminderJob>("action-reminders", "*/15 * * * *"),
    ];

    /// <summary>The jobs that run on <paramref name="provider"/>.</summary>
    public static IReadOnlyList<ScheduledJob> For(DatabaseProvider provider) =>
        [.. Jobs.Where(job => job.OnlyOn is null || job.OnlyOn == provider)];
}
