namespace PmgBot.Core.Outbox;

/// <summary>A proactive message, stored before it is sent.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }
    /// <summary>Optional business key: enqueueing the same key twice stores one message.</summary>
    public string? DedupKey { get; set; }
    public required string ServiceUrl { get; set; }
    public required string ConversationId { get; set; }
    public string? TenantId { get; set; }
    /// <summary>The activity to send, as JSON (case codes only, never youth names).</summary>
    public required string ActivityJson { get; set; }
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime NextAttemptAtUtc { get; set; }
    public DateTime? LeaseUntilUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
    public string? SentActivityId { get; set; }

    /// <summary>
    /// Set on a replacement (<see cref="IOutbox.EnqueueUpdateAsync"/>): the stored message whose sent activity this one
    /// replaces in its chat (<c>PUT …/activities/{id}</c>) once that one has been sent.
    /// </summary>
    public Guid? ReplacesMessageId { get; set; }
}
