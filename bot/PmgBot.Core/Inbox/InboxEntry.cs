namespace PmgBot.Core.Inbox;

/// <summary>What the endpoint stores for one accepted activity.</summary>
public sealed record InboxEntry(string ConversationId, string ActivityId, string ActivityJson, string CorrelationId)
{
    /// <summary>The redelivery key (<see cref="InboxKeys.Of"/>), computed once: the writer sorts and inserts by it.</summary>
    public string DedupKey { get; } = InboxKeys.Of(ConversationId, ActivityId);
}
