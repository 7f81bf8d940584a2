using PmgBot.Core.Protocol;

namespace PmgBot.Core.Outbox;

/// <summary>One message for <see cref="IOutbox.EnqueueManyAsync"/>: where it goes, what it says, its dedup key.</summary>
public sealed record OutboxItem(ConversationReference Target, Activity Activity, string? DedupKey);
