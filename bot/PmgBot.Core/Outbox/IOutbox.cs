using PmgBot.Core.Protocol;

namespace PmgBot.Core.Outbox;

/// <summary>
/// Durable queue for proactive messages: a message is stored first and sent later by the dispatcher in
/// <c>jobs/</c>. It survives restarts (also kill -9) and connector outages.
/// </summary>
public interface IOutbox
{
    /// <summary>Stores a message to a known conversation. The same <paramref name="dedupKey"/> twice stores one message.</summary>
    Task<Guid> EnqueueAsync(ConversationReference target, Activity activity, string? dedupKey, CancellationToken cancellationToken);

    /// <summary>
    /// Stores several messages with one commit (e.g. all notices of one report); returns their ids in the same order.
    /// A dedup key stored before, or twice in <paramref name="items"/>, gives the first message's id.
    /// </summary>
    Task<IReadOnlyList<Guid>> EnqueueManyAsync(IReadOnlyList<OutboxItem> items, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a replacement of a message stored before (<paramref name="originalId"/>), for its chat: once the original
    /// has been sent, the dispatcher replaces it there (<c>PUT v3/conversations/{id}/activities/{activityId}</c>, the
    /// activity id the connector gave the original) with <paramref name="activity"/>, in order with the chat's other
    /// messages and within Teams' limits; an original that was never delivered cannot be replaced (the replacement
    /// fails). Null when there is no such original. The same <paramref name="dedupKey"/> twice stores one replacement.
    /// </summary>
    Task<Guid?> EnqueueUpdateAsync(Guid originalId, Activity activity, string dedupKey, CancellationToken cancellationToken);
}
