using System.ComponentModel.DataAnnotations;

namespace PmgBot.Jobs.Outbox;

/// <summary>Settings section <c>Outbox</c>: the durable dispatcher of proactive messages.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How often the dispatcher looks for due messages when nothing wakes it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Attempts per message (the first included) before it is marked Failed.</summary>
    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 12;

    /// <summary>
    /// How long a claimed message stays with one dispatcher; after that (crash) it is taken again. A run starts no
    /// new send after half of it. With more than one bot instance on one database keep it above twice
    /// <c>Connector:Timeout</c>, so no send can still be in flight when another instance takes the message over.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Messages claimed per run.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>Base of the exponential back-off (full jitter) for retries without Retry-After.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan BaseBackoff { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Cap of the back-off.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The longest the dispatcher waits in-process for a rate-limit slot; a longer wait puts the conversation's
    /// messages back in the queue until the slot is free.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxInlineWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Before each send the dispatcher waits for a moment without user requests, at most this long, so users are
    /// answered first when the bot is busy; zero turns it off.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan YieldToRequests { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// Conversations served in parallel within one run (messages of one conversation go in order). Two: a conversation
    /// that waits for its rate limit does not hold up the others, and at ~200 ms per Teams call that is ~10 notices a
    /// second. More send no more under a backlog, but wake together at every lull in requests and slow the users'
    /// answers (figures: tests/PmgBot.Benchmarks/README.md).
    /// </summary>
    [Range(1, 64)]
    public int MaxParallelConversations { get; set; } = 2;
}
