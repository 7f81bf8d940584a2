using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PmgBot.Cards.Localization;
using PmgBot.Core.Conversations;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Core.Features.Actions.Updates;
using PmgBot.Core.Features.Meetings;
using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;

namespace PmgBot.Core.Features.Actions;

/// <summary>
/// Keeps the item cards in people's chats current. Each card that goes out is recorded with its outbox message
/// (<see cref="RecordAsync"/>); after a change every recorded card of the item is replaced in its chat with the
/// receiver's current card in the receiver's language (<see cref="RecipientLanguages"/>, not the language of the turn that
/// changed the item) (<see cref="UpdateAsync"/>: through the outbox, so a replacement survives a restart, waits for
/// its original, keeps Teams' limits and is retried; <c>refresh.userIds</c> then shows each viewer their own view). The
/// change itself is stored before: a replacement that cannot be queued or delivered loses nothing, the card's refresh
/// still shows the current state. Replaced: the newest <see cref="MaxPerReceiver"/> cards per receiver (older reminder
/// copies show the current state when they are refreshed).
/// </summary>
public sealed class ActionItemCardUpdater(
    PmgDbContext db,
    IActionItemService items,
    IProfessionalDirectory directory,
    ActionItemCards cards,
    IOutbox outbox,
    RecipientLanguages languages,
    TimeProvider time,
    ILogger<ActionItemCardUpdater> logger)
{
    public const int MaxPerReceiver = 10;

    /// <summary>Records queued cards (an outbox message recorded before, e.g. by another instance, is skipped).</summary>
    public async Task RecordAsync(IReadOnlyList<SentCard> sent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sent);
        var unique = sent.DistinctBy(s => s.OutboxMessageId).ToList();
        if (unique.Count == 0)
        {
            return;
        }

        var ids = unique.Select(s => s.OutboxMessageId).ToList();
        var known = (await db.Set<ActionItemCardMessage>().AsNoTracking().Where(m => ids.Contains(m.OutboxMessageId))
                .Select(m => m.OutboxMessageId).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToHashSet();
        var now = time.GetUtcNow().UtcDateTime;
        var added = unique.Where(s => !known.Contains(s.OutboxMessageId))
            .Select(s => new ActionItemCardMessage { ActionItemId = s.ItemId, ReceiverId = s.ReceiverId, OutboxMessageId = s.OutboxMessageId, QueuedAtUtc = now })
            .ToList();
        if (added.Count == 0)
        {
            return;
        }

        db.AddRange(added);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException exception) when (StoreConflicts.IsConflict(exception))
        {
            // Another instance recorded the same outbox message first: it is recorded.
        }
        finally
        {
            foreach (var row in added)
            {
                db.Entry(row).State = EntityState.Detached;
            }
        }
    }

    /// <summary>Queues the replacement of every recorded card of the item; returns how many were queued. Never throws for a failed queue.</summary>
    public async Task<int> UpdateAsync(long itemId, CancellationToken cancellationToken)
    {
        try
        {
            return await QueueAsync(itemId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The change is stored; the cards show it when they are refreshed.
            ActionsLog.CardUpdateFailed(logger, itemId, exception);
            return 0;
        }
    }

    private async Task<int> QueueAsync(long itemId, CancellationToken cancellationToken)
    {
        var recorded = await db.Set<ActionItemCardMessage>().AsNoTracking().Where(m => m.ActionItemId == itemId)
            .OrderByDescending(m => m.Id).Select(m => new { m.ReceiverId, m.OutboxMessageId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var queued = 0;
        foreach (var receiverCards in recorded.GroupBy(m => m.ReceiverId, StringComparer.Ordinal))
        {
            var receiver = await directory.FindAsync(receiverCards.Key, cancellationToken).ConfigureAwait(false);
            var view = receiver is { Active: true } ? await items.GetForSendAsync(receiver, itemId, cancellationToken).ConfigureAwait(false) : null;
            if (view is null)
            {
                continue;
            }

            using var language = BotLanguage.Use(await languages.ForAsync(receiverCards.Key, cancellationToken).ConfigureAwait(false));
            var card = await cards.RenderAsync(view, null, null, cancellationToken).ConfigureAwait(false);
            var text = ActionItemTexts.Updated(view.Code, view.DueDate, view.State);
            var activity = CardMessage.Of(text, card);
            foreach (var original in receiverCards.Take(MaxPerReceiver).Select(m => m.OutboxMessageId))
            {
                var key = "action-item:" + itemId.ToString(CultureInfo.InvariantCulture) + ":v" + view.Version.ToString(CultureInfo.InvariantCulture)
                    + ":replaces:" + original.ToString("N");
                if (await outbox.EnqueueUpdateAsync(original, activity, key, cancellationToken).ConfigureAwait(false) is not null)
                {
                    queued++;
                }
            }
        }

        return queued;
    }
}
