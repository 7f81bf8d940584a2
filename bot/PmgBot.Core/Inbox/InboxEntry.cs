namespace PmgBot.Core.Inbox;

/// <summary>What the endpoint stores for one accepted activity.</summary>
public sealed record InboxEntry(string ConversationId, string ActivityId, string ActivityJson, string CorrelationId);
