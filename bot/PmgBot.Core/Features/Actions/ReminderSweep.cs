using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmgBot.Cards.Localization;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Conversations;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Core.Features.Actions.Reminders;
using PmgBot.Core.Features.Meetings;
using PmgBot.Core.Features.Meetings.Series;
using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;
using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Actions;

/// <summary>
/// The reminders about open action items, computed from the database each run (<see cref="ReminderPlanner"/> per item,
/// on the working days of the item's JPP): a run that was missed is caught up by the next, and nothing is scheduled
/// ahead. Each due reminder goes through the outbox with its sent key as dedup key, and then the key is stored
/// (<see cref="ReminderSent"/>, unique): queued once, also by two instances at once; one that could not be queued is
/// tried again next run. To the owner (before, on and after the due date) with their own item card, and once to the
/// JPP's chairs when it is overdue; each in the receiver's language (<see cref="RecipientLanguages"/>: the locale of
/// their last activity, Dutch when unknown). The weekly overview and a deactivated owner's items are not built yet.
/// </summary>
public sealed class ReminderSweep(
    PmgDbContext db,
    IOptions<ReminderOptions> options,
    IActionItemService items,
    IProfessionalDirectory directory,
    IAccessService access,
    ActionItemCards cards,
    IProactiveMessenger messenger,
    RecipientLanguages languages,
    IAuditLog audit,
    TimeProvider time,
    ILogger<ReminderSweep> logger)
{
    /// <summary>Sends what is due now; returns how many reminders were queued.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var planner = new ReminderPlanner(options.Value);
        var open = await db.Set<ActionItem>().AsNoTracking()
            .Where(i => i.State == ActionItemState.Open || i.State == ActionItemState.Verzet)
            .Select(i => new OpenActionItem(i.Id, i.OwnerId, i.JppId, i.DueDate))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (open.Count == 0)
        {
            return 0;
        }

        var closing = (await db.Set<MeetingSeriesDate>().AsNoTracking().Where(d => d.Kind == SeriesDateKind.ClosingDay)
                .Select(d => new { d.JppId, d.Date }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .GroupBy(d => d.JppId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new WorkingDays([.. g.Select(d => d.Date)]), StringComparer.Ordinal);
        var due = open
            .SelectMany(i => planner.Due(ItemKey(i.Id), i.DueDate, now, closing.GetValueOrDefault(i.JppId) ?? WorkingDays.National)
                .Select(r => (Item: i, Reminder: r)))
            .ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        var keys = due.Select(d => d.Reminder.SentKey).ToList();
        var sent = (await db.Set<ReminderSent>().AsNoTracking().Where(s => keys.Contains(s.Key)).Select(s => s.Key)
            .ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        var queued = 0;
        foreach (var (item, reminder) in due.Where(d => !sent.Contains(d.Reminder.SentKey)))
        {
            if (await SendAsync(item, reminder, now.UtcDateTime, cancellationToken).ConfigureAwait(false))
            {
                queued++;
            }
        }

        return queued;
    }

    public static string ItemKey(long itemId) => "action-item:" + itemId.ToString(CultureInfo.InvariantCulture);

    private async Task<bool> SendAsync(OpenActionItem item, DueReminder reminder, DateTime now, CancellationToken cancellationToken)
    {
        var toChairs = reminder.Kind == ReminderKind.OverdueToChair;
        var receivers = new List<ProfessionalProfile>();
        if (toChairs)
        {
            var members = await directory.ListJppMembersAsync(item.JppId, cancellationToken).ConfigureAwait(false);
            receivers.AddRange(members.Where(m => access.Allows(m.Roles, YouthRelation.HomeJpp, BotAction.ViewJppActionItems)));
        }
        else if (await directory.FindAsync(item.OwnerId, cancellationToken).ConfigureAwait(false) is { Active: true } owner)
        {
            receivers.Add(owner);
        }
        var messages = new List<ProactiveMessage>();
        var spoken = await languages.ForAsync([.. receivers.Select(r => r.AadObjectId)], cancellationToken).ConfigureAwait(false);
        foreach (var receiver in receivers)
        {
            var view = await items.GetAsync(receiver, item.Id, cancellationToken).ConfigureAwait(false);
            if (view is null)
            {
                continue;
            }

            // The text and the card in the receiver's language, not the job's.
            using var language = BotLanguage.Use(spoken[receiver.AadObjectId]);
            var text = ReminderTexts.For(reminder.Kind, view.Code, view.DueDate, options.Value.ChairAfterWorkingDays);
            var card = await cards.RenderAsync(view, null, null, cancellationToken).ConfigureAwait(false);
            var activity = new Activity
            {
                Type = ActivityTypes.Message,
                Text = text,
                TextFormat = "plain",
                Summary = text,
                Attachments = [Attachment.AdaptiveCard(card)],
                Locale = BotLanguage.Locale,
            };
            messages.Add(new ProactiveMessage(receiver.AadObjectId, activity, "reminder:" + reminder.SentKey + (toChairs ? ":" + receiver.AadObjectId : "")));
        }

        if (messages.Count == 0)
        {
            ActionsLog.ReminderWithoutReceiver(logger, reminder.SentKey);
            return false;
        }

        var results = await messenger.SendToUsersAsync(messages, cancellationToken).ConfigureAwait(false);
        if (!results.Any(r => r.Queued))
        {
            ActionsLog.ReminderNotQueued(logger, reminder.SentKey, results[0].Reason ?? "");
            return false;
        }

        db.Add(new ReminderSent { Key = reminder.SentKey, Kind = reminder.Kind, ActionItemId = item.Id, SentAtUtc = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException exception) when (StoreConflicts.IsConflict(exception))
        {
            // Another instance stored the key first; the outbox kept one message under the same dedup key.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        for (var i = 0; i < messages.Count; i++)
        {
            await audit.RecordAsync(AuditActors.System, ActionAuditActions.ItemReminder, ActionAuditActions.ItemRecordType,
                item.Id.ToString(CultureInfo.InvariantCulture), results[i].Queued ? AuditOutcomes.Success : AuditOutcomes.Failed,
                $"kind={reminder.Kind} to={messages[i].UserAadObjectId}", cancellationToken).ConfigureAwait(false);
        }

        return true;
    }
}
