namespace PmgBot.Core.Outbox;

/// <summary>What <see cref="IProactiveMessenger"/> did with a message.</summary>
/// <param name="Queued">True when the message is in the outbox.</param>
/// <param name="OutboxId">The outbox message id when queued.</param>
/// <param name="Reason">Why it was not queued (technical, no personal data).</param>
public sealed record ProactiveSendResult(bool Queued, Guid? OutboxId, string? Reason)
{
    public static ProactiveSendResult Enqueued(Guid id) => new(true, id, null);

    public static ProactiveSendResult NotQueued(string reason) => new(false, null, reason);
}
