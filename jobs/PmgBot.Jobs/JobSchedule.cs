using PmgBot.Core.Data;
using PmgBot.Jobs.Actions;
using PmgBot.Jobs.Inbox;
using PmgBot.Jobs.Meetings;
using PmgBot.Jobs.Scheduling;

namespace PmgBot.Jobs;

/// <summary>
/// THE place where time-based work is scheduled: one line per job. Crons are in Europe/Amsterdam (Hangfire's Cronos
/// handles the summer-time jumps). A new job is an <see cref="IScheduledJob"/> class and one line here; the class is
/// registered in DI and as a recurring job from this list. It lives above the job areas and Scheduling, so the
/// scheduler itself knows no job.
/// </summary>
public static class JobSchedule
{
    private static readonly ScheduledJob[] Jobs =
    [
        ScheduledJob.Create<InboxPurgeJob>("inbox-purge", "*/5 * * * *"),
        ScheduledJob.Create<MeetingPlanningJob>("meeting-planning", "7 * * * *"),
        ScheduledJob.Create<MeetingDigestJob>("meeting-digest", "0 * * * *"),
        ScheduledJob.Create<ActionReminderJob>("action-reminders", "*/15 * * * *"),
    ];

    /// <summary>The jobs that run on <paramref name="provider"/>.</summary>
    public static IReadOnlyList<ScheduledJob> For(DatabaseProvider provider) =>
        [.. Jobs.Where(job => job.OnlyOn is null || job.OnlyOn == provider)];
}
