using System.ComponentModel.DataAnnotations;

namespace PmgBot.Jobs.Scheduling;

/// <summary>Settings section <c>ScheduledJobs</c>: Hangfire, which runs the <see cref="PmgBot.Jobs.JobSchedule"/>.</summary>
public sealed class ScheduledJobsOptions
{
    public const string Section = "ScheduledJobs";

    /// <summary>Jobs that may run at once (Hangfire workers, each a thread).</summary>
    [Range(1, 20)]
    public int Workers { get; set; } = 2;

    /// <summary>PostgreSQL only: the schema of Hangfire's own tables, created at start, apart from the bot's tables.</summary>
    [RegularExpression("^[a-z_][a-z0-9_]{0,62}$", ErrorMessage = "ScheduledJobs:PostgresSchema must be a lower-case PostgreSQL identifier.")]
    public string PostgresSchema { get; set; } = "hangfire";
}
