namespace PmgBot.Core.Inbox;

/// <summary>
/// An accepted message-like activity, stored before the endpoint answers 202 and processed from here, so a crash or
/// restart never loses it. The body is erased once the turn is done; the row stays a while as a redelivery key.
/// </summary>
public sealed class InboxTurn
{
    public Guid Id { get; set; }

    /// <summary>The activity's timestamp and a hash of the conversation id and activity id (<see cref="InboxKeys.Turn"/>): a redelivered activity is stored once.</summary>
    public required string DedupKey { get; set; }

    public required string ConversationId { get; set; }

    /// <summary>The request body as received (UTF-8 JSON); empty once the turn is done.</summary>
    public required string ActivityJson { get; set; }

    public required string CorrelationId { get; set; }

    public InboxStatus Status { get; set; }

    /// <summary>How many of the turn's replies were on their way to Teams: a turn run again skips them.</summary>
    public int RepliesSent { get; set; }

    /// <summary>How often a recovery took the turn over (a turn that keeps crashing its process is given up).</summary>
    public int Attempts { get; set; }

    /// <summary>Who processes the turn now: <c>machine/incarnation</c> of the process.</summary>
    public required string LeaseOwner { get; set; }

    /// <summary>Until when the owner has it; after that another process (or a restart) may take it over.</summary>
    public DateTime LeaseUntilUtc { get; set; }

    public DateTime ReceivedAtUtc { get; set; }

    public DateTime? DoneAtUtc { get; set; }
}
