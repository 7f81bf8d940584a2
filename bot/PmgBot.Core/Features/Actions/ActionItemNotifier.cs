using System.Globalization;
using Microsoft.Extensions.Logging;
using PmgBot.Cards.Localization;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Conversations;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Core.Features.Actions.Updates;
using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;

namespace PmgBot.Core.Features.Actions;

/// <summary>
/// Sends action item cards proactively, through the outbox, to personal chats only: each new item to its owner, and
/// "niet mogelijk" to the chairs of the item's JPP. The message text holds the case code and the due date only; the
/// card is rendered for its receiver (their access decides what it shows) in their language (<see cref="RecipientLanguages"/>:
/// the locale of their last activity, Dutch when unknown). Every send is audited (ids and codes only).
/// </summary>
public sealed class ActionItemNotifier(
    IActionItemService items,
    IProfessionalDirectory directory,
    IAccessService access,
    ActionItemCards cards,
    IProactiveMessenger messenger,
    RecipientLanguages languages,
    IAuditLog audit,
    ActionItemCardUpdater updater,
    ILogger<ActionItemNotifier> logger)
{
    /// <summary>Sends each new item to its owner (once per item); returns how many could not be queued.</summary>
    public async Task<int> SendNewAsync(ProfessionalProfile actor, IReadOnlyList<long> itemIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(itemIds);
        var owners = await items.OwnersAsync(itemIds, cancellationToken).ConfigureAwait(false);
        var messages = new List<(long ItemId, ProactiveMessage Message)>();
        foreach (var itemId in itemIds)
        {
            if (owners.TryGetValue(itemId, out var ownerId)
                && await MessageAsync(ownerId, itemId, NewKey(itemId), ActionItemTexts.NewItem, cancellationToken).ConfigureAwait(false) is { } message)
            {
                messages.Add((itemId, message));
            }
        }

        var queued = await SendAsync(actor, messages, cancellationToken).ConfigureAwait(false);
        return itemIds.Count - queued;
    }

    /// <summary>Tells the chairs of the item's JPP (not the actor) that the item is not possible; returns how many were queued.</summary>
    public async Task<int> TellChairsAsync(ProfessionalProfile actor, ActionItemView item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(item);
        var members = await directory.ListJppMembersAsync(item.JppId, cancellationToken).ConfigureAwait(false);
        var messages = new List<(long ItemId, ProactiveMessage Message)>();
        foreach (var chair in members.Where(m => m.AadObjectId != actor.AadObjectId && access.Allows(m.Roles, YouthRelation.HomeJpp, BotAction.ViewJppActionItems)))
        {
            var key = $"action-item:{item.Id.ToString(CultureInfo.InvariantCulture)}:not-possible:{chair.AadObjectId}";
            if (await MessageAsync(chair.AadObjectId, item.Id, key, ActionItemTexts.NotPossible, cancellationToken).ConfigureAwait(false) is { } message)
            {
                messages.Add((item.Id, message));
            }
        }

        return await SendAsync(actor, messages, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends the item to its new owner after a chair handed it over (once per version of the item); true when queued.</summary>
    public async Task<bool> SendReassignedAsync(ProfessionalProfile actor, ActionItemView item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(item);
        var key = "action-item:" + item.Id.ToString(CultureInfo.InvariantCulture) + ":v" + item.Version.ToString(CultureInfo.InvariantCulture) + ":owner";
        var message = await MessageAsync(item.OwnerId, item.Id, key, ActionItemTexts.Reassigned, cancellationToken).ConfigureAwait(false);
        return message is not null && await SendAsync(actor, [(item.Id, message)], cancellationToken).ConfigureAwait(false) == 1;
    }

    public static string NewKey(long itemId) => "action-item:" + itemId.ToString(CultureInfo.InvariantCulture) + ":new";

    /// <summary>
    /// The message for one receiver: their own view of the item, without the youth's details (they come when the card is
    /// opened, audited then); null when they may not see it, or are not active.
    /// </summary>
    private async Task<ProactiveMessage?> MessageAsync(
        string receiverId, long itemId, string key, Func<string, DateOnly, string> text, CancellationToken cancellationToken)
    {
        var receiver = await directory.FindAsync(receiverId, cancellationToken).ConfigureAwait(false);
        var view = receiver is { Active: true } ? await items.GetForSendAsync(receiver, itemId, cancellationToken).ConfigureAwait(false) : null;
        if (view is null)
        {
            return null;
        }

        // The text and the card in the receiver's language, not the actor's.
        using var language = BotLanguage.Use(await languages.ForAsync(receiverId, cancellationToken).ConfigureAwait(false));
        var card = await cards.RenderAsync(view, null, null, cancellationToken).ConfigureAwait(false);
        var message = text(view.Code, view.DueDate);
        var activity = CardMessage.Of(message, card);
        return new ProactiveMessage(receiverId, activity, key);
    }

    private async Task<int> SendAsync(ProfessionalProfile actor, List<(long ItemId, ProactiveMessage Message)> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return 0;
        }

        IReadOnlyList<ProactiveSendResult> results;
        try
        {
            results = await messenger.SendToUsersAsync([.. messages.Select(m => m.Message)], cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ActionsLog.NoticesFailed(logger, exception);
            results = [.. messages.Select(_ => ProactiveSendResult.NotQueued("the messenger failed"))];
        }

        var queued = 0;
        var sent = new List<SentCard>();
        for (var i = 0; i < messages.Count; i++)
        {
            var (itemId, message) = messages[i];
            var result = results[i];
            if (result is { Queued: true, OutboxId: { } outboxId })
            {
                queued++;
                sent.Add(new SentCard(itemId, message.UserAadObjectId, outboxId));
            }
            else
            {
                ActionsLog.NoticeNotQueued(logger, result.Reason ?? "");
            }

            await audit.RecordAsync(
                actor.AadObjectId,
                ActionAuditActions.ItemNotice,
                ActionAuditActions.ItemRecordType,
                itemId.ToString(CultureInfo.InvariantCulture),
                result.Queued ? AuditOutcomes.Success : AuditOutcomes.Failed,
                result.Queued ? $"to={message.UserAadObjectId} outbox={result.OutboxId}" : $"to={message.UserAadObjectId} {result.Reason}",
                cancellationToken).ConfigureAwait(false);
        }

        await updater.RecordAsync(sent, cancellationToken).ConfigureAwait(false);
        return queued;
    }
}
