namespace PmgBot.Core.Inbox;

/// <summary>What the endpoint stores for one accepted activity (<paramref name="Timestamp"/>: the activity's own).</summary>
public sealed record InboxEntry(string ConversationId, string ActivityId, DateTimeOffset? Timestamp, string ActivityJson, string CorrelationId)
{
    /// <summary>The redelivery key (<see cref="InboxKeys.Turn"/>), computed once.</summary>
    public string DedupKey { get; } = InboxKeys.Turn(Timestamp, ConversationId, ActivityId);
}
