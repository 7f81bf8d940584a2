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
using PmgBot.Core.Features.Actions.Updates;
using PmgBot.Core.Features.Meetings;
using PmgBot.Core.Features.Meetings.Series;
using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;
using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Actions;

/// <summary>
/// The reminders about open action items, computed from the database each run (<see cref="ReminderPlanner"/> per open
/// item that can have one now, on the working days of the item's JPP): a run that was missed is caught up by the next,
/// and nothing is scheduled ahead. Each due reminder goes through the outbox with its sent key as dedup key, and then the
/// key is stored (<see cref="ReminderSent"/>, unique): queued once, also by two instances at once (only the one that
/// stored the key records the sent cards and the audit rows); one that could not be queued is tried again next run. To the owner (before, on and after the due date) with their own item card, and once to the
/// JPP's chairs when it is overdue; each in the receiver's language (<see cref="RecipientLanguages"/>: the locale of
/// their last activity, Dutch when unknown). An item whose owner is no longer active in the directory gets no owner
/// reminders: its JPP's chairs are asked once (per owner) to choose a new owner, on the card that goes with it. Per
/// chair, once a week from the first working morning, the overview of the JPPs they chair (the <c>acties</c> card).
/// Sent cards are recorded, so a later change replaces them in the chats (<see cref="ActionItemCardUpdater"/>).
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
    ActionItemCardUpdater updater,
    TimeProvider time,
    ILogger<ReminderSweep> logger)
{
    /// <summary>Sends what is due now; returns how many reminders (and weekly overviews) were queued.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var planner = new ReminderPlanner(options.Value);
        var closing = (await db.Set<MeetingSeriesDate>().AsNoTracking().Where(d => d.Kind == SeriesDateKind.ClosingDay)
                .Select(d => new { d.JppId, d.Date }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .GroupBy(d => d.JppId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(d => d.Date).ToList(), StringComparer.Ordinal);
        var queued = await ItemRemindersAsync(planner, now, closing, cancellationToken).ConfigureAwait(false);
        return queued + await WeeklyOverviewsAsync(planner, now, closing, cancellationToken).ConfigureAwait(false);
    }

    public static string ItemKey(long itemId) => "action-item:" + itemId.ToString(CultureInfo.InvariantCulture);

    private async Task<int> ItemRemindersAsync(ReminderPlanner planner, DateTimeOffset now, Dictionary<string, List<DateOnly>> closing, CancellationToken cancellationToken)
    {
        // Closing days only take working days away: when it is no sending time nationally, it is none for any JPP.
        if (planner.LatestDueDate(now, WorkingDays.National) is null)
        {
            return 0;
        }

        var workingDays = closing.ToDictionary(c => c.Key, c => new WorkingDays(c.Value), StringComparer.Ordinal);
        WorkingDays DaysOf(string jppId) => workingDays.GetValueOrDefault(jppId) ?? WorkingDays.National;
        var open = await CandidatesAsync(planner, now, DaysOf, cancellationToken).ConfigureAwait(false);
        if (open.Items.Count == 0)
        {
            return 0;
        }

        var local = AmsterdamTime.ToLocal(now.UtcDateTime);
        var due = new List<(OpenActionItem Item, DueReminder Reminder)>();
        foreach (var item in open.Items)
        {
            var days = DaysOf(item.JppId);
            var reminders = planner.Due(ItemKey(item.Id), item.DueDate, now, days);
            if (open.ActiveOwners.Contains(item.OwnerId))
            {
                due.AddRange(reminders.Select(r => (item, r)));
                continue;
            }

            // A deactivated owner gets nothing; the chairs still hear when it is overdue, and are asked to reassign it.
            due.AddRange(reminders.Where(r => r.Kind == ReminderKind.OverdueToChair).Select(r => (item, r)));
            if (planner.IsSendingTime(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), days))
            {
                due.Add((item, new DueReminder(ReminderKind.OwnerGone, ItemKey(item.Id) + ":owner-gone:" + item.OwnerId)));
            }
        }

        if (due.Count == 0)
        {
            return 0;
        }

        var sent = await SentAsync(due.Select(d => d.Reminder.SentKey).ToList(), cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// The open items that can have a reminder due now, not every open item: per JPP those due up to the latest due date
    /// the planner can find due on its working days (none when it is no sending time there), read per distinct bound on
    /// the (JppId, State, DueDate) index; and every open item of a deactivated owner (its chairs are asked to reassign it
    /// whatever its due date), on the (OwnerId, State, DueDate) index. Professionals are deactivated, never deleted, so
    /// the inactive ones are the owners gone. The planner then decides per item what is due.
    /// </summary>
    private async Task<(List<OpenActionItem> Items, HashSet<string> ActiveOwners)> CandidatesAsync(
        ReminderPlanner planner, DateTimeOffset now, Func<string, WorkingDays> daysOf, CancellationToken cancellationToken)
    {
        var jpps = await db.Jpps.AsNoTracking().Select(j => j.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var bounds = jpps.Select(j => (JppId: j, Latest: planner.LatestDueDate(now, daysOf(j))))
            .Where(b => b.Latest is not null)
            .GroupBy(b => b.Latest!.Value, b => b.JppId);
        var read = new Dictionary<long, OpenActionItem>();
        foreach (var bound in bounds)
        {
            var (ids, latest) = (bound.ToList(), bound.Key);
            Add(await Open().Where(i => ids.Contains(i.JppId) && i.DueDate <= latest)
                .Select(i => new OpenActionItem(i.Id, i.OwnerId, i.JppId, i.DueDate)).ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        // The directory is small (professionals) next to the items: read who is active once.
        var professionals = await db.Professionals.AsNoTracking().Select(p => new { p.AadObjectId, p.Active })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var inactive = professionals.Where(p => !p.Active).Select(p => p.AadObjectId).ToList();
        if (inactive.Count > 0)
        {
            Add(await Open().Where(i => inactive.Contains(i.OwnerId))
                .Select(i => new OpenActionItem(i.Id, i.OwnerId, i.JppId, i.DueDate)).ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        var active = professionals.Where(p => p.Active).Select(p => p.AadObjectId).ToHashSet(StringComparer.Ordinal);
        return ([.. read.Values.OrderBy(i => i.Id)], active);

        IQueryable<ActionItem> Open() => db.Set<ActionItem>().AsNoTracking()
            .Where(i => i.State == ActionItemState.Open || i.State == ActionItemState.Verzet);

        void Add(List<OpenActionItem> items)
        {
            foreach (var item in items)
            {
                read.TryAdd(item.Id, item);
            }
        }
    }

    private async Task<HashSet<string>> SentAsync(List<string> keys, CancellationToken cancellationToken) =>
        (await db.Set<ReminderSent>().AsNoTracking().Where(s => keys.Contains(s.Key)).Select(s => s.Key)
            .ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);

    private async Task<HashSet<string>> OverviewsSentAsync(List<string> keys, CancellationToken cancellationToken) =>
        (await db.Set<OverviewSent>().AsNoTracking().Where(s => keys.Contains(s.Key)).Select(s => s.Key)
            .ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);

    private async Task<bool> SendAsync(OpenActionItem item, DueReminder reminder, DateTime now, CancellationToken cancellationToken)
    {
        var toChairs = reminder.Kind is ReminderKind.OverdueToChair or ReminderKind.OwnerGone;
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
            var view = await items.GetForSendAsync(receiver, item.Id, cancellationToken).ConfigureAwait(false);
            if (view is null)
            {
                continue;
            }

            // The text and the card in the receiver's language, not the job's.
            using var language = BotLanguage.Use(spoken[receiver.AadObjectId]);
            var text = ReminderTexts.For(reminder.Kind, view.Code, view.DueDate, options.Value.ChairAfterWorkingDays);
            var card = await cards.RenderAsync(view, null, null, cancellationToken).ConfigureAwait(false);
            messages.Add(new ProactiveMessage(receiver.AadObjectId, CardMessage.Of(text, card), "reminder:" + reminder.SentKey + (toChairs ? ":" + receiver.AadObjectId : "")));
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

        if (!await StoreSentAsync(new ReminderSent { Key = reminder.SentKey, Kind = reminder.Kind, ActionItemId = item.Id, SentAtUtc = now }, cancellationToken)
                .ConfigureAwait(false))
        {
            // Another instance sent it at the same time and has recorded the cards and the audit rows.
            return false;
        }

        await updater.RecordAsync(
            [.. messages.Zip(results).Where(m => m.Second.OutboxId is not null).Select(m => new SentCard(item.Id, m.First.UserAadObjectId, m.Second.OutboxId!.Value))],
            cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < messages.Count; i++)
        {
            await audit.RecordAsync(AuditActors.System, ActionAuditActions.ItemReminder, ActionAuditActions.ItemRecordType,
                item.Id.ToString(CultureInfo.InvariantCulture), results[i].Queued ? AuditOutcomes.Success : AuditOutcomes.Failed,
                $"kind={reminder.Kind} to={messages[i].UserAadObjectId}", cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>
    /// Per chair (a professional whose roles may see a JPP's action items, with JPP memberships) the weekly overview,
    /// due from the first working morning of the week on the working days of the JPPs they are in (a closing day of any
    /// of them counts). Sent once per chair and week (sent key, <see cref="OverviewSent"/>); a week with nothing to report stores
    /// the key and sends nothing.
    /// </summary>
    private async Task<int> WeeklyOverviewsAsync(ReminderPlanner planner, DateTimeOffset now, Dictionary<string, List<DateOnly>> closing, CancellationToken cancellationToken)
    {
        var members = await db.Professionals.AsNoTracking().Where(p => p.Active && p.Jpps.Any())
            .Select(p => new { p.AadObjectId, p.Roles, Jpps = p.Jpps.Select(j => j.JppId).ToList() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var due = new List<(string ChairId, DueReminder Reminder)>();
        foreach (var member in members.Where(m => access.Allows(m.Roles, YouthRelation.HomeJpp, BotAction.ViewJppActionItems)))
        {
            var days = new WorkingDays([.. member.Jpps.SelectMany(j => closing.TryGetValue(j, out var dates) ? dates : []).Distinct()]);
            if (planner.WeeklyOverview("chair:" + member.AadObjectId, now, days) is { } reminder)
            {
                due.Add((member.AadObjectId, reminder));
            }
        }

        if (due.Count == 0)
        {
            return 0;
        }

        var sent = await OverviewsSentAsync(due.Select(d => d.Reminder.SentKey).ToList(), cancellationToken).ConfigureAwait(false);
        var queued = 0;
        foreach (var (chairId, reminder) in due.Where(d => !sent.Contains(d.Reminder.SentKey)))
        {
            if (await SendOverviewAsync(chairId, reminder, now, cancellationToken).ConfigureAwait(false))
            {
                queued++;
            }
        }

        return queued;
    }

    private async Task<bool> SendOverviewAsync(string chairId, DueReminder reminder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await directory.FindAsync(chairId, cancellationToken).ConfigureAwait(false) is not { Active: true } chair)
        {
            return false;
        }

        var groups = await items.ListJppForOverviewAsync(chair, cancellationToken).ConfigureAwait(false);
        var (overdue, open, done) = (groups.Sum(g => g.Overdue.Count), groups.Sum(g => g.Open.Count), groups.Sum(g => g.Done.Count));
        var row = new OverviewSent { Key = reminder.SentKey, ChairId = chairId, SentAtUtc = now.UtcDateTime };
        if (overdue + open + done == 0)
        {
            // Nothing to report this week: no message, and not asked again until next week.
            await StoreSentAsync(row, cancellationToken).ConfigureAwait(false);
            return false;
        }

        var text = ReminderTexts.WeeklyOverview(overdue, open, done);
        var card = cards.RenderJpp(groups, DateOnly.FromDateTime(AmsterdamTime.ToLocal(now.UtcDateTime)));
        var result = await messenger.SendToUserAsync(chairId, CardMessage.Of(text, card), "overview:" + reminder.SentKey, cancellationToken).ConfigureAwait(false);
        if (!result.Queued)
        {
            ActionsLog.OverviewNotQueued(logger, reminder.SentKey, result.Reason ?? "");
            return false;
        }

        row.Sent = true;
        if (!await StoreSentAsync(row, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await audit.RecordAsync(AuditActors.System, ActionAuditActions.ItemReminder, "jpp", string.Join(",", groups.Select(g => g.JppId)), AuditOutcomes.Success,
            string.Create(CultureInfo.InvariantCulture, $"kind={reminder.Kind} to={chairId} count={overdue + open + done}"), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Stores the sent key; false when another instance stored it first (the outbox kept one message under the same dedup key).</summary>
    private async Task<bool> StoreSentAsync(object row, CancellationToken cancellationToken)
    {
        db.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException exception) when (StoreConflicts.IsConflict(exception))
        {
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

}
