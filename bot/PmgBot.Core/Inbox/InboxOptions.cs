using System.ComponentModel.DataAnnotations;

namespace PmgBot.Core.Inbox;

/// <summary>Settings section <c>Inbox</c>: the durable store of accepted turns.</summary>
public sealed class InboxOptions
{
    public const string Section = "Inbox";

    /// <summary>How long the accepting process holds a turn before another process (or a restart) may take it over.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:30:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an answer waits for its turn to be stored before the endpoint answers 503 (well under Teams' 15 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:10")]
    public TimeSpan WriteTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Most turns written in one transaction (group commit).</summary>
    [Range(1, 1_000)]
    public int MaxBatch { get; set; } = 256;

    /// <summary>Write loops on PostgreSQL, each with its own connection (SQLite has one: its writes are serial anyway).</summary>
    [Range(1, 8)]
    public int PostgresWriters { get; set; } = 2;

    /// <summary>How often the recovery looks for turns whose lease ran out.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan RecoveryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A turn taken over this often (it crashed its process each time) is given up.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Longest pause between tries of a turn while the database is unreachable.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a done turn's key stays (a redelivery within this time is recognised after a restart too).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(1);
}
