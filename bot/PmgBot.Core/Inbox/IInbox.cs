namespace PmgBot.Core.Inbox;

/// <summary>
/// The durable inbox of accepted turns (group commit: the writes of concurrent requests share one transaction).
/// The endpoint stores a turn before answering 202; the turn worker marks it done after processing.
/// </summary>
public interface IInbox
{
    /// <summary>Stores an accepted activity; <see cref="InboxAppendOutcome.Unavailable"/> when the database could not be written in time.</summary>
    Task<InboxAppend> AppendAsync(InboxEntry entry, CancellationToken cancellationToken);

    /// <summary>Marks a turn done (body erased). Written with the next batch and retried until it is written.</summary>
    void Complete(Guid turnId);

    /// <summary>
    /// Records that the turn's first <paramref name="count"/> replies are on their way to Teams (their bodies were
    /// flushed to the connection): a turn run again after a crash skips them. Written promptly, retried until written.
    /// </summary>
    void RepliesSent(Guid turnId, int count);

    /// <summary>
    /// Turns whose completion or reply count this process handed over but has not yet written (the database was
    /// down): the recovery leaves them alone, or it would run a finished turn again and send its replies twice.
    /// </summary>
    IReadOnlyCollection<Guid> TurnsNotYetWritten { get; }

    /// <summary>False after a failed write until the next one succeeds (readiness).</summary>
    bool IsWritable { get; }
}
