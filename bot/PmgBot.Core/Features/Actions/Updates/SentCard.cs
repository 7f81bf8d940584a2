namespace PmgBot.Core.Features.Actions.Updates;

/// <summary>One item card that was queued: the item, its receiver (Entra object id) and the outbox message.</summary>
public sealed record SentCard(long ItemId, string ReceiverId, Guid OutboxMessageId);
