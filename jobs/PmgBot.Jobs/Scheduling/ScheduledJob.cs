using Hangfire.Common;
using PmgBot.Core.Data;
using PmgBot.Core.Time;

namespace PmgBot.Jobs.Scheduling;

/// <summary>
/// One line of <see cref="PmgBot.Jobs.JobSchedule"/>: the recurring job's id (stable: the dashboard and a persistent
/// storage know the job by it), its cron in Europe/Amsterdam (five fields, or six with seconds first), the Hangfire job
/// that runs the class, and the database provider it is only for (null: both).
/// </summary>
public sealed record ScheduledJob(string Id, string Cron, Job Job, DatabaseProvider? OnlyOn)
{
    /// <summary>The time zone of every cron.</summary>
    public static TimeZoneInfo TimeZone => AmsterdamTime.Zone;

    public Type JobType => Job.Type;

    /// <summary>A six-field cron (seconds first): the scheduler must then look every second (see <see cref="ScheduledJobServer"/>).</summary>
    public bool EverySecondOrFaster => Cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6;

    public static ScheduledJob Create<TJob>(string id, string cron, DatabaseProvider? onlyOn = null)
        where TJob : IScheduledJob =>
        new(id, cron, Job.FromExpression<TJob>(job => job.RunAsync(CancellationToken.None)), onlyOn);
}
