using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Meetings;
using PmgBot.Core.Register;
using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>
/// Default <see cref="IActionItemService"/>. A change: the item (else "not found"), the actor's right to see it (else
/// "not found") and to change it (else "not allowed"), open and at the card's version (else "stale"), the input (else the
/// field messages); then one save with the item (version bumped: a concurrency token), its history row and the audit event.
/// </summary>
internal sealed class ActionItemService(PmgDbContext db, IAccessService access, ICaseRelations relations, IAuditLog audit, TimeProvider time)
    : IActionItemService
{
    public async Task<ActionItemView?> GetAsync(ProfessionalProfile viewer, long itemId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var found = await FindAsync(viewer, itemId, tracked: false, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            await AuditAsync(viewer, ActionAuditActions.ItemView, itemId, AuditOutcomes.Rejected, "not-found", cancellationToken).ConfigureAwait(false);
            return null;
        }

        var (item, youth, rights) = found.Value;
        if (!rights.MayView)
        {
            await AuditAsync(viewer, ActionAuditActions.ItemView, itemId, AuditOutcomes.Rejected, "not-allowed", cancellationToken).ConfigureAwait(false);
            return null;
        }

        var view = await ViewAsync(item, youth, rights, false, cancellationToken).ConfigureAwait(false);
        await AuditAsync(viewer, ActionAuditActions.ItemView, itemId, AuditOutcomes.Success, "youth=" + youth.Code, cancellationToken).ConfigureAwait(false);
        return view;
    }

    public async Task<ActionItemView?> GetForSendAsync(ProfessionalProfile receiver, long itemId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        var found = await FindAsync(receiver, itemId, tracked: false, cancellationToken).ConfigureAwait(false);
        if (found is null || !found.Value.Rights.MayView)
        {
            return null;
        }

        // Sent without the youth's details: the receiver gets them when the card is opened (refreshed), audited as a read then.
        var (item, youth, rights) = found.Value;
        return await ViewAsync(item, youth, rights with { SeesYouth = false }, rights.SeesYouth, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ActionItemResult> ReassignAsync(ProfessionalProfile actor, ActionItemReassignInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        const string action = ActionAuditActions.ItemReassign;
        var found = await FindAsync(actor, input.ItemId, tracked: true, cancellationToken).ConfigureAwait(false);
        if (found is null || !found.Value.Rights.MayView)
        {
            return await RefuseAsync(actor, action, input.ItemId, found is null ? "not-found" : "not-allowed", ActionItemResult.NotFound, cancellationToken).ConfigureAwait(false);
        }

        var (item, youth, rights) = found.Value;
        if (!rights.MayReassign)
        {
            return await RefuseAsync(actor, action, input.ItemId, "not-allowed",
                new ActionItemResult(ActionItemOutcome.NotAllowed, ActionItemMessages.OnlyChairReassigns, []), cancellationToken).ConfigureAwait(false);
        }

        if (!item.IsOpen || item.Version != input.Version)
        {
            return await RefuseAsync(actor, action, input.ItemId, "stale", ActionItemResult.Stale, cancellationToken).ConfigureAwait(false);
        }

        var newOwner = input.NewOwnerId?.Trim() ?? "";
        var choices = await NewOwnersAsync(youth, item.OwnerId, cancellationToken).ConfigureAwait(false);
        if (!choices.Any(c => string.Equals(c.AadObjectId, newOwner, StringComparison.Ordinal)))
        {
            return await RefuseAsync(actor, action, input.ItemId, "invalid:" + ActionItemFields.NewOwner,
                ActionItemResult.Invalid([new DecisionFieldError(ActionItemFields.NewOwner, ActionItemMessages.ChooseNewOwner)]), cancellationToken).ConfigureAwait(false);
        }

        var from = item.OwnerId;
        item.OwnerId = newOwner;
        item.Version++;
        db.Add(new ActionItemChange
        {
            ActionItemId = item.Id,
            State = item.State,
            FromDueDate = item.DueDate,
            DueDate = item.DueDate,
            NewOwnerId = newOwner,
            ChangedById = actor.AadObjectId,
            ChangedAtUtc = time.GetUtcNow().UtcDateTime,
        });
        audit.Add(db, actor.AadObjectId, action, ActionAuditActions.ItemRecordType, Id(item.Id), AuditOutcomes.Success,
            $"youth={youth.Code} from={from} to={newOwner}");
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException exception) when (StoreConflicts.IsConflict(exception))
        {
            // Another chair or the owner was first.
            return await RefuseAsync(actor, action, input.ItemId, "stale", ActionItemResult.Stale, cancellationToken).ConfigureAwait(false);
        }

        db.ChangeTracker.Clear();
        return ActionItemResult.Done(ActionItemMessages.Reassigned);
    }

    public async Task<ActionItemResult> ChangeAsync(ProfessionalProfile actor, ActionItemChangeInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        var found = await FindAsync(actor, input.ItemId, tracked: true, cancellationToken).ConfigureAwait(false);
        if (found is null || !found.Value.Rights.MayView)
        {
            return await RefuseAsync(actor, ActionAuditActions.ItemChange, input.ItemId, found is null ? "not-found" : "not-allowed", ActionItemResult.NotFound, cancellationToken).ConfigureAwait(false);
        }

        var (item, youth, rights) = found.Value;
        if (!rights.MayChange)
        {
            return await RefuseAsync(actor, ActionAuditActions.ItemChange, input.ItemId, "not-allowed", ActionItemResult.NotAllowed, cancellationToken).ConfigureAwait(false);
        }

        if (!item.IsOpen || item.Version != input.Version)
        {
            return await RefuseAsync(actor, ActionAuditActions.ItemChange, input.ItemId, "stale", ActionItemResult.Stale, cancellationToken).ConfigureAwait(false);
        }

        var today = AmsterdamTime.Today(time);
        var errors = new List<DecisionFieldError>();
        var note = Note(input, errors);
        var newDue = input.Kind == ActionItemChangeKind.Postpone ? NewDue(input.NewDueDate, item.DueDate, today, errors) : item.DueDate;
        if (errors.Count > 0)
        {
            var fields = string.Join(',', errors.Select(e => e.Field));
            return await RefuseAsync(actor, ActionAuditActions.ItemChange, input.ItemId, "invalid:" + fields, ActionItemResult.Invalid(errors), cancellationToken).ConfigureAwait(false);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var from = item.DueDate;
        item.State = input.Kind switch
        {
            ActionItemChangeKind.Complete => ActionItemState.Afgerond,
            ActionItemChangeKind.Postpone => ActionItemState.Verzet,
            _ => ActionItemState.NietMogelijk,
        };
        item.StateNote = note;
        item.DueDate = newDue;
        item.ChangedById = actor.AadObjectId;
        item.ChangedAtUtc = now;
        item.Version++;
        db.Add(new ActionItemChange
        {
            ActionItemId = item.Id,
            State = item.State,
            Note = note,
            FromDueDate = from,
            DueDate = newDue,
            ChangedById = actor.AadObjectId,
            ChangedAtUtc = now,
        });
        var detail = $"youth={youth.Code} state={item.State.ToString().ToLowerInvariant()}"
            + (input.Kind == ActionItemChangeKind.Postpone ? " due=" + newDue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")
            + (rights.IsOwner ? " by=owner" : " by=chair");
        audit.Add(db, actor.AadObjectId, ActionAuditActions.ItemChange, ActionAuditActions.ItemRecordType, Id(item.Id), AuditOutcomes.Success, detail);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException exception) when (StoreConflicts.IsConflict(exception))
        {
            // The owner and a chair clicked at the same moment: the other one was first.
            return await RefuseAsync(actor, ActionAuditActions.ItemChange, input.ItemId, "stale", ActionItemResult.Stale, cancellationToken).ConfigureAwait(false);
        }

        db.ChangeTracker.Clear();
        return ActionItemResult.Done(input.Kind switch
        {
            ActionItemChangeKind.Complete => ActionItemMessages.Completed,
            ActionItemChangeKind.Postpone => ActionItemMessages.Postponed,
            _ => ActionItemMessages.NotPossible,
        });
    }

    public async Task<IReadOnlyList<ActionItemRow>> ListOwnAsync(ProfessionalProfile actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var ownerId = actor.AadObjectId;
        var rows = await Rows(db.Set<ActionItem>().Where(i => i.OwnerId == ownerId && (i.State == ActionItemState.Open || i.State == ActionItemState.Verzet))
            .OrderBy(i => i.DueDate).ThenBy(i => i.Id).Take(IActionItemService.MaxListed))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(ownerId, ActionAuditActions.ListOwn, ActionAuditActions.ItemRecordType, null, AuditOutcomes.Success,
            string.Create(CultureInfo.InvariantCulture, $"count={rows.Count}"), cancellationToken).ConfigureAwait(false);
        return rows;
    }

    public async Task<IReadOnlyList<JppActionItems>> ListJppAsync(ProfessionalProfile actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var result = await ReadJppAsync(actor, cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(actor.AadObjectId, ActionAuditActions.ListJpp, "jpp", string.Join(",", result.Select(r => r.JppId)), AuditOutcomes.Success,
            string.Create(CultureInfo.InvariantCulture, $"count={result.Sum(r => r.Overdue.Count + r.Open.Count + r.Done.Count)}"), cancellationToken).ConfigureAwait(false);
        return result;
    }

    public Task<IReadOnlyList<JppActionItems>> ListJppForOverviewAsync(ProfessionalProfile chair, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chair);
        return ReadJppAsync(chair, cancellationToken);
    }

    private async Task<IReadOnlyList<JppActionItems>> ReadJppAsync(ProfessionalProfile actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = AmsterdamTime.Today(time);
        var result = new List<JppActionItems>();
        foreach (var jpp in actor.Jpps.Where(j => actor.Active && access.Allows(actor.Roles, relations.ToJpp(actor, j.JppId), BotAction.ViewJppActionItems)))
        {
            var jppId = jpp.JppId;
            var last = await db.JppMeetings.AsNoTracking().Where(m => m.JppId == jppId && m.StartsAtUtc <= now).OrderByDescending(m => m.StartsAtUtc)
                .Select(m => (DateTime?)m.StartsAtUtc).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            var items = db.Set<ActionItem>().Where(i => i.JppId == jppId);
            var open = items.Where(i => i.State == ActionItemState.Open || i.State == ActionItemState.Verzet);
            var overdue = await Rows(open.Where(i => i.DueDate < today).OrderBy(i => i.DueDate).ThenBy(i => i.Id).Take(IActionItemService.MaxListed))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var notDue = await Rows(open.Where(i => i.DueDate >= today).OrderBy(i => i.DueDate).ThenBy(i => i.Id).Take(IActionItemService.MaxListed))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var finished = items.Where(i => i.State == ActionItemState.Afgerond || i.State == ActionItemState.NietMogelijk);
            if (last is { } since)
            {
                finished = finished.Where(i => i.ChangedAtUtc >= since);
            }

            var done = await Rows(finished.OrderByDescending(i => i.ChangedAtUtc).ThenBy(i => i.Id).Take(IActionItemService.MaxListed))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            result.Add(new JppActionItems(jppId, jpp.JppName, last, overdue, notDue, done));
        }

        return result;
    }

    public async Task<IReadOnlyDictionary<long, string>> OwnersAsync(IReadOnlyCollection<long> itemIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        var ids = itemIds.ToList();
        return await db.Set<ActionItem>().AsNoTracking().Where(i => ids.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => i.OwnerId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The rows of items already ordered and cut (ordering stays with the items: a constructor projection cannot be ordered by the database).</summary>
    private IQueryable<ActionItemRow> Rows(IQueryable<ActionItem> items) =>
        items.Select(i => new ActionItemRow(
            i.Id,
            db.Set<Youth>().Where(y => y.Id == i.YouthId).Select(y => y.Code).First(),
            i.What,
            i.DueDate,
            i.State,
            db.Set<Professional>().Where(p => p.AadObjectId == i.OwnerId).Select(p => p.DisplayName).FirstOrDefault() ?? ActionItemMessages.UnknownPerson,
            i.ChangedAtUtc));

    /// <summary>The item, its youth and what the actor may do with it; null when there is no such item.</summary>
    private async Task<(ActionItem Item, Youth Youth, ItemRights Rights)?> FindAsync(
        ProfessionalProfile actor, long itemId, bool tracked, CancellationToken cancellationToken)
    {
        IQueryable<ActionItem> query = tracked ? db.Set<ActionItem>() : db.Set<ActionItem>().AsNoTracking();
        var item = await query.SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return null;
        }

        var youth = await db.Youths.AsNoTracking().SingleAsync(y => y.Id == item.YouthId, cancellationToken).ConfigureAwait(false);
        var owner = actor.Active && string.Equals(item.OwnerId, actor.AadObjectId, StringComparison.Ordinal);
        var jpp = relations.ToJpp(actor, item.JppId);
        var chairMayView = actor.Active && access.Allows(actor.Roles, jpp, BotAction.ViewJppActionItems);
        var casusregisseur = actor.Active && string.Equals(youth.CasusregisseurId, actor.AadObjectId, StringComparison.Ordinal)
            && access.Allows(actor.Roles, YouthRelation.Casusregisseur, BotAction.ViewYouthCard);
        var mayView = (owner && access.Allows(actor.Roles, BotAction.ViewOwnActionItems)) || chairMayView || casusregisseur;
        var mayChange = (owner && access.Allows(actor.Roles, BotAction.ChangeOwnActionItem))
            || (actor.Active && access.Allows(actor.Roles, jpp, BotAction.ChangeActionItem));
        var relation = mayView ? await relations.ToYouthAsync(actor, youth, cancellationToken).ConfigureAwait(false) : YouthRelation.None;
        var seesYouth = access.Allows(actor.Roles, relation, BotAction.ViewYouthCard);
        var mayReassign = mayView && actor.Active && access.Allows(actor.Roles, jpp, BotAction.ChangeActionItem);
        return (item, youth, new ItemRights(mayView, mayView && mayChange, owner, seesYouth, mayReassign));
    }

    private async Task<ActionItemView> ViewAsync(ActionItem item, Youth youth, ItemRights rights, bool youthOnOpen, CancellationToken cancellationToken)
    {
        var (jppId, ownerId, changedById) = (item.JppId, item.OwnerId, item.ChangedById);
        var jppName = await db.Jpps.AsNoTracking().Where(j => j.Id == jppId).Select(j => j.Name).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? jppId;
        var names = await db.Professionals.AsNoTracking().Where(p => p.AadObjectId == ownerId || p.AadObjectId == changedById)
            .Select(p => new { p.AadObjectId, p.DisplayName, p.Active }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ownerGone = !names.Any(n => n.AadObjectId == ownerId && n.Active);
        var newOwners = ownerGone && rights.MayReassign && item.IsOpen ? await NewOwnersAsync(youth, ownerId, cancellationToken).ConfigureAwait(false) : null;
        var chairs = await db.Professionals.AsNoTracking()
            .Where(p => p.Active && p.Jpps.Any(j => j.JppId == jppId))
            .Select(p => new { p.AadObjectId, p.Roles })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var audience = new List<string> { ownerId };
        audience.AddRange(chairs.Where(c => access.Allows(c.Roles, YouthRelation.HomeJpp, BotAction.ViewJppActionItems)).Select(c => c.AadObjectId));
        if (youth.CasusregisseurId is { } casusregisseur)
        {
            audience.Add(casusregisseur);
        }

        return new ActionItemView(
            item.Id,
            item.Version,
            youth.Code,
            jppId,
            jppName,
            item.What,
            item.DueDate,
            item.State,
            item.StateNote,
            ownerId,
            names.FirstOrDefault(n => n.AadObjectId == ownerId)?.DisplayName ?? ActionItemMessages.UnknownPerson,
            changedById is null ? null : names.FirstOrDefault(n => n.AadObjectId == changedById)?.DisplayName ?? ActionItemMessages.UnknownPerson,
            item.ChangedAtUtc,
            AmsterdamTime.Today(time),
            rights.MayChange && item.IsOpen,
            rights.SeesYouth ? new ActionItemYouth(YouthNames.Full(youth), youth.DateOfBirth, youth.Level) : null,
            [.. audience.Distinct(StringComparer.Ordinal)],
            youthOnOpen,
            ownerGone,
            newOwners);
    }

    /// <summary>Whom a chair can hand the item to: as for a decision's items, active professionals of the youth's involved organisations who may keep action items (not the current owner).</summary>
    private async Task<IReadOnlyList<DecisionPerson>> NewOwnersAsync(Youth youth, string currentOwnerId, CancellationToken cancellationToken)
    {
        var youthId = youth.Id;
        var involved = await db.Professionals.AsNoTracking()
            .Where(p => p.Active && p.AadObjectId != currentOwnerId
                && db.Set<YouthInvolvement>().Any(i => i.YouthId == youthId && i.OrganisationId == p.OrganisationId))
            .Join(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => new { p.AadObjectId, p.DisplayName, p.Roles, Organisation = o.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byName = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true);
        return [.. involved.Where(p => access.Allows(p.Roles, BotAction.ChangeOwnActionItem))
            .Select(p => new DecisionPerson(p.AadObjectId, p.DisplayName, p.Organisation)).OrderBy(p => p.DisplayName, byName)];
    }

    private static string? Note(ActionItemChangeInput input, List<DecisionFieldError> errors)
    {
        var field = input.Kind switch
        {
            ActionItemChangeKind.Complete => ActionItemFields.DoneNote,
            ActionItemChangeKind.Postpone => ActionItemFields.PostponeReason,
            _ => ActionItemFields.NotPossibleReason,
        };
        var text = input.Note?.Trim() ?? "";
        if (text.Length > DecisionLimits.ReasonMaxLength)
        {
            errors.Add(new(field, DecisionMessages.TooLong(DecisionLimits.ReasonMaxLength, text.Length)));
            return null;
        }

        if (text.Length == 0 && input.Kind != ActionItemChangeKind.Complete)
        {
            errors.Add(new(field, ActionItemMessages.ReasonRequired));
        }

        return text.Length == 0 ? null : text;
    }

    private static DateOnly NewDue(string? input, DateOnly current, DateOnly today, List<DecisionFieldError> errors)
    {
        const string field = ActionItemFields.NewDueDate;
        if (string.IsNullOrWhiteSpace(input))
        {
            errors.Add(new(field, ActionItemMessages.ChooseNewDate));
            return current;
        }

        if (!DateOnly.TryParseExact(input.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(new(field, DecisionMessages.DateNotReadable));
            return current;
        }

        var error = date < today ? DecisionMessages.DateInPast
            : date > today.AddDays(DecisionLimits.MaxDaysAhead) ? DecisionMessages.DateTooFar
            : date == current ? ActionItemMessages.SameDate
            : null;
        if (error is not null)
        {
            errors.Add(new(field, error));
            return current;
        }

        return date;
    }

    private async Task<ActionItemResult> RefuseAsync(
        ProfessionalProfile actor, string action, long itemId, string why, ActionItemResult result, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await AuditAsync(actor, action, itemId, AuditOutcomes.Rejected, why, cancellationToken).ConfigureAwait(false);
        return result;
    }

    private static string Id(long itemId) => itemId.ToString(CultureInfo.InvariantCulture);

    private Task AuditAsync(ProfessionalProfile actor, string action, long itemId, string outcome, string? detail, CancellationToken cancellationToken) =>
        audit.RecordAsync(actor.AadObjectId, action, ActionAuditActions.ItemRecordType, Id(itemId), outcome, detail, cancellationToken);
}
