namespace PmgBot.Core.Features.Actions.Updates;

/// <summary>
/// A card of an action item that went out to someone's personal chat (a new item, a reminder, "niet mogelijk" or "kies
/// een nieuwe eigenaar" to a chair): which outbox message carried it, so that after a change the message in the chat is
/// replaced with the current card (<c>ActionItemCardUpdater</c>). The outbox row keeps the activity id the
/// connector gave it.
/// </summary>
public sealed class ActionItemCardMessage
{
    public long Id { get; set; }
    public long ActionItemId { get; set; }

    /// <summary>Entra object id of the receiver: the replacement is rendered for them.</summary>
    public required string ReceiverId { get; set; }

    public Guid OutboxMessageId { get; set; }
    public DateTime QueuedAtUtc { get; set; }
}
