using System.Collections.Concurrent;
using PmgBot.Core.Protocol;

namespace PmgBot.Core.Conversations;

/// <summary>
/// What this instance stored lately, so the same reference arriving with every message of a conversation is not
/// written again each time: unchanged references are rewritten at most every ten minutes (which keeps
/// <c>UpdatedAtUtc</c> fresh enough to pick the newest), a changed one (e.g. a new serviceUrl) at once.
/// </summary>
public sealed class RecentConversationReferences(TimeProvider time)
{
    private static readonly TimeSpan Freshness = TimeSpan.FromMinutes(10);
    private const int MaxEntries = 100_000;
    private readonly ConcurrentDictionary<(string Conversation, string User), Entry> _entries = new();

    public bool IsUnchanged(ConversationReference reference) =>
        _entries.TryGetValue(Key(reference), out var entry)
        && entry.Reference == KeepingLocale(reference, entry.Reference)
        && time.GetUtcNow() - entry.StoredAt < Freshness;

    public void Stored(ConversationReference reference)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        var key = Key(reference);
        _entries[key] = new Entry(_entries.TryGetValue(key, out var before) ? KeepingLocale(reference, before.Reference) : reference, time.GetUtcNow());
    }

    /// <summary>An activity without a locale (card invokes often have none) keeps the stored one, as the store's upsert does.</summary>
    private static ConversationReference KeepingLocale(ConversationReference reference, ConversationReference stored) =>
        reference.Locale is null ? reference with { Locale = stored.Locale } : reference;

    public void ForgetConversation(string conversationId)
    {
        foreach (var key in _entries.Keys)
        {
            if (string.Equals(key.Conversation, conversationId, StringComparison.Ordinal))
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    private static (string, string) Key(ConversationReference reference) =>
        (reference.ConversationId, reference.UserAadObjectId ?? "");

    private sealed record Entry(ConversationReference Reference, DateTimeOffset StoredAt);
}
