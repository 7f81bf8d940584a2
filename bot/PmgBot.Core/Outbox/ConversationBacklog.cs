using System.Collections.Concurrent;

namespace PmgBot.Core.Outbox;

/// <summary>
/// The conversations that have turn replies waiting in this process's outbox. A later reply to such a conversation
/// goes to the outbox as well, so replies keep their order. A message settled by another process is not seen here:
/// after <see cref="Forgotten"/> a conversation counts as clear again.
/// </summary>
public sealed class ConversationBacklog(TimeProvider time)
{
    public static readonly TimeSpan Forgotten = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<Guid, string> _messages = new();
    private readonly ConcurrentDictionary<string, Entry> _conversations = new(StringComparer.Ordinal);

    /// <summary>Whether replies of this conversation wait in the outbox.</summary>
    public bool HasWaiting(string conversationId) =>
        !_conversations.IsEmpty
        && _conversations.TryGetValue(conversationId, out var waiting)
        && waiting.Count > 0
        && time.GetUtcNow() - waiting.Since < Forgotten;

    /// <summary>A reply of this conversation was stored in the outbox.</summary>
    public void Waiting(string conversationId, Guid messageId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        if (!_messages.TryAdd(messageId, conversationId))
        {
            return;
        }

        var now = time.GetUtcNow();
        _conversations.AddOrUpdate(conversationId, _ => new Entry(1, now), (_, w) => new Entry(w.Count + 1, now));
    }

    /// <summary>An outbox message reached its end (sent, failed, maybe delivered).</summary>
    public void Settled(Guid messageId)
    {
        if (!_messages.TryRemove(messageId, out var conversationId))
        {
            return;
        }

        while (_conversations.TryGetValue(conversationId, out var waiting))
        {
            if (waiting.Count <= 1
                ? _conversations.TryRemove(new KeyValuePair<string, Entry>(conversationId, waiting))
                : _conversations.TryUpdate(conversationId, waiting with { Count = waiting.Count - 1 }, waiting))
            {
                return;
            }
        }
    }

    private sealed record Entry(int Count, DateTimeOffset Since);
}
