using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Meetings.Agenda;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Meetings.AgendaItems;

/// <summary>
/// Default <see cref="IMeetingAgendaService"/>. Access: the chair rule of screening (<see cref="BotAction.ScreenReport"/>:
/// voorzitter or procesregisseur, member of the meeting's JPP) until the chair's card adds agenda rows of its own to
/// the access matrix (asked through <see cref="IAccessService"/>). Each change and its audit event are stored in one save; a concurrent change to the same
/// item makes it <see cref="AgendaActionOutcome.Stale"/>.
/// </summary>
internal sealed class MeetingAgendaService(
    PmgDbContext db, MeetingAgendaBuilder builder, ICaseRelations relations, IAccessService access, IAuditLog audit, TimeProvider time) : IMeetingAgendaService
{
    public async Task<MeetingAgenda?> GetAsync(ProfessionalProfile actor, long meetingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await FindAllowedAsync(actor, meetingId, MeetingAuditActions.AgendaView, cancellationToken).ConfigureAwait(false) is null)
        {
            return null;
        }

        await builder.RefreshAsync(meetingId, cancellationToken).ConfigureAwait(false);
        var agenda = await builder.ReadAsync(meetingId, cancellationToken).ConfigureAwait(false);
        await AuditAsync(actor, MeetingAuditActions.AgendaView, meetingId, AuditOutcomes.Success,
            string.Create(CultureInfo.InvariantCulture, $"items={agenda?.Items.Count ?? 0}"), cancellationToken).ConfigureAwait(false);
        return agenda;
    }

    public async Task<AgendaActionResult> AddYouthAsync(ProfessionalProfile actor, long meetingId, string? youthCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        const string action = MeetingAuditActions.AgendaAdd;
        var (meeting, refused) = await BeginAsync(actor, meetingId, action, cancellationToken).ConfigureAwait(false);
        if (meeting is null)
        {
            return refused!;
        }

        var code = YouthCodes.Normalise(youthCode);
        var jppId = meeting.JppId;
        var youthId = code is null
            ? null
            : await db.Youths.AsNoTracking()
                .Where(y => y.Code == code && (y.JppId == jppId || db.Set<YouthJppShare>().Any(s => s.YouthId == y.Id && s.JppId == jppId)))
                .Select(y => (long?)y.Id)
                .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (youthId is null)
        {
            return await InvalidAsync(actor, action, meetingId, "youth-not-found", AgendaItemMessages.YouthNotFound, cancellationToken).ConfigureAwait(false);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var item = await db.Set<MeetingAgendaItem>().SingleOrDefaultAsync(i => i.MeetingId == meetingId && i.YouthId == youthId, cancellationToken)
            .ConfigureAwait(false);
        if (item is { Status: AgendaItemStatus.Active })
        {
            return await InvalidAsync(actor, action, meetingId, "already", AgendaItemMessages.AlreadyOnAgenda, cancellationToken).ConfigureAwait(false);
        }

        if (item is null)
        {
            db.Add(new MeetingAgendaItem
            {
                MeetingId = meetingId,
                YouthId = youthId,
                Sources = AgendaItemSources.Chair,
                Status = AgendaItemStatus.Active,
                AddedAtUtc = now,
                AddedById = actor.AadObjectId,
            });
        }
        else
        {
            Reactivate(item, AgendaItemSources.Chair);
            Changed(item, actor, now);
        }

        var result = await CommitAsync(actor, action, meetingId, "item=" + code, AgendaItemMessages.YouthAdded, cancellationToken).ConfigureAwait(false);
        if (result.Succeeded)
        {
            // Its kind (nieuw, vervolg, op- of afschalen) and any other reasons it is on the agenda.
            await builder.RefreshAsync(meetingId, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    public async Task<AgendaActionResult> RemoveItemAsync(ProfessionalProfile actor, long meetingId, long itemId, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        const string action = MeetingAuditActions.AgendaRemove;
        var (item, subject, text, refused) = await BeginWithReasonAsync(actor, meetingId, itemId, reason, action, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return refused!;
        }

        item.Status = AgendaItemStatus.Removed;
        item.Reason = text;
        Changed(item, actor, time.GetUtcNow().UtcDateTime);
        return await CommitAsync(actor, action, meetingId, "item=" + subject, AgendaItemMessages.ItemRemoved, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AgendaActionResult> MoveItemToNextMeetingAsync(
        ProfessionalProfile actor, long meetingId, long itemId, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        const string action = MeetingAuditActions.AgendaMove;
        var (item, subject, text, refused) = await BeginWithReasonAsync(actor, meetingId, itemId, reason, action, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return refused!;
        }

        var meeting = await db.JppMeetings.AsNoTracking().SingleAsync(m => m.Id == meetingId, cancellationToken).ConfigureAwait(false);
        var (jppId, startsAt) = (meeting.JppId, meeting.StartsAtUtc);
        var next = await db.JppMeetings.AsNoTracking().Where(m => m.JppId == jppId && m.StartsAtUtc > startsAt).OrderBy(m => m.StartsAtUtc)
            .Select(m => (long?)m.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (next is not { } nextId)
        {
            return await InvalidAsync(actor, action, meetingId, "no-next-meeting", AgendaItemMessages.NoNextMeeting, cancellationToken).ConfigureAwait(false);
        }

        var now = time.GetUtcNow().UtcDateTime;
        item.Status = AgendaItemStatus.Moved;
        item.Reason = text;
        item.MovedToMeetingId = nextId;
        Changed(item, actor, now);

        var (youthId, reportId) = (item.YouthId, item.YouthId is null ? item.ReportId : null);
        var atNext = db.Set<MeetingAgendaItem>().Where(i => i.MeetingId == nextId);
        var there = await (youthId is not null ? atNext.Where(i => i.YouthId == youthId) : atNext.Where(i => i.ReportId == reportId))
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (there is null)
        {
            db.Add(new MeetingAgendaItem
            {
                MeetingId = nextId,
                YouthId = youthId,
                ReportId = reportId,
                Sources = AgendaItemSources.Moved,
                Kind = item.Kind,
                Status = AgendaItemStatus.Active,
                Minutes = item.Minutes,
                AddedAtUtc = now,
                AddedById = actor.AadObjectId,
            });
        }
        else
        {
            Reactivate(there, AgendaItemSources.Moved);
            Changed(there, actor, now);
        }

        // The reports go along, so their reporters see the new date and the next agenda keeps them as screened.
        var onThis = db.Reports.Where(r => r.AgendaMeetingId == meetingId);
        var reports = await (youthId is not null ? onThis.Where(r => r.YouthId == youthId) : onThis.Where(r => r.Id == reportId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var report in reports)
        {
            report.AgendaMeetingId = nextId;
            report.Version++;
        }

        return await CommitAsync(actor, action, meetingId,
            string.Create(CultureInfo.InvariantCulture, $"item={subject} to={nextId}"), AgendaItemMessages.ItemMoved, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AgendaActionResult> SetMinutesAsync(ProfessionalProfile actor, long meetingId, long itemId, int? minutes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        const string action = MeetingAuditActions.AgendaMinutes;
        var (item, subject, refused) = await BeginItemAsync(actor, meetingId, itemId, action, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return refused!;
        }

        if (minutes is < AgendaLimits.MinMinutes or > AgendaLimits.MaxMinutes)
        {
            return await InvalidAsync(actor, action, meetingId, "minutes", AgendaItemMessages.MinutesOutOfRange, cancellationToken).ConfigureAwait(false);
        }

        item.Minutes = minutes;
        Changed(item, actor, time.GetUtcNow().UtcDateTime);
        var detail = "item=" + subject + " minutes=" + (minutes?.ToString(CultureInfo.InvariantCulture) ?? "default");
        return await CommitAsync(actor, action, meetingId, detail, AgendaItemMessages.MinutesSet, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The meeting when it exists, the actor chairs its JPP and it is still ahead; else the refusal (audited).</summary>
    private async Task<(JppMeeting? Meeting, AgendaActionResult? Refused)> BeginAsync(
        ProfessionalProfile actor, long meetingId, string action, CancellationToken cancellationToken)
    {
        var meeting = await FindAllowedAsync(actor, meetingId, action, cancellationToken).ConfigureAwait(false);
        if (meeting is null)
        {
            return (null, AgendaActionResult.NotFound);
        }

        if (meeting.StartsAtUtc <= time.GetUtcNow().UtcDateTime)
        {
            await AuditAsync(actor, action, meetingId, AuditOutcomes.Rejected, "closed", cancellationToken).ConfigureAwait(false);
            return (null, AgendaActionResult.Closed);
        }

        return (meeting, null);
    }

    /// <summary>As <see cref="BeginAsync"/>, and the item (tracked) of that meeting, still active, with its code or reference.</summary>
    /// <summary>The opening of the changes that need a reason: the item, if the actor may change it, and the reason, if it is valid.</summary>
    private async Task<(MeetingAgendaItem? Item, string? Subject, string? Reason, AgendaActionResult? Refused)> BeginWithReasonAsync(
        ProfessionalProfile actor, long meetingId, long itemId, string? reason, string action, CancellationToken cancellationToken)
    {
        var (item, subject, refused) = await BeginItemAsync(actor, meetingId, itemId, action, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return (null, null, null, refused);
        }

        var (text, error) = Reason(reason);
        return error is null
            ? (item, subject, text, null)
            : (null, null, null, await InvalidAsync(actor, action, meetingId, "reason", error, cancellationToken).ConfigureAwait(false));
    }

    private async Task<(MeetingAgendaItem? Item, string? Subject, AgendaActionResult? Refused)> BeginItemAsync(
        ProfessionalProfile actor, long meetingId, long itemId, string action, CancellationToken cancellationToken)
    {
        var (meeting, refused) = await BeginAsync(actor, meetingId, action, cancellationToken).ConfigureAwait(false);
        if (meeting is null)
        {
            return (null, null, refused);
        }

        var item = await db.Set<MeetingAgendaItem>()
            .SingleOrDefaultAsync(i => i.Id == itemId && i.MeetingId == meetingId && i.Status == AgendaItemStatus.Active, cancellationToken)
            .ConfigureAwait(false);
        if (item is null)
        {
            return (null, null, await InvalidAsync(actor, action, meetingId, "no-item", AgendaItemMessages.ItemNotOnAgenda, cancellationToken).ConfigureAwait(false));
        }

        var subject = item.YouthId is { } youthId
            ? await db.Youths.AsNoTracking().Where(y => y.Id == youthId).Select(y => y.Code).SingleAsync(cancellationToken).ConfigureAwait(false)
            : await db.Reports.AsNoTracking().Where(r => r.Id == item.ReportId).Select(r => r.Reference).SingleAsync(cancellationToken).ConfigureAwait(false);
        return (item, subject, null);
    }

    private async Task<JppMeeting?> FindAllowedAsync(ProfessionalProfile actor, long meetingId, string action, CancellationToken cancellationToken)
    {
        var meeting = await db.JppMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken).ConfigureAwait(false);
        var allowed = meeting is not null && actor.Active
            && access.Allows(actor.Roles, relations.ToJpp(actor, meeting.JppId), BotAction.ScreenReport);
        if (!allowed)
        {
            await AuditAsync(actor, action, meetingId, AuditOutcomes.Rejected, meeting is null ? "not-found" : "not-allowed", cancellationToken)
                .ConfigureAwait(false);
            return null;
        }

        return meeting;
    }

    private async Task<AgendaActionResult> CommitAsync(
        ProfessionalProfile actor, string action, long meetingId, string detail, string message, CancellationToken cancellationToken)
    {
        audit.Add(db, actor.AadObjectId, action, MeetingAuditActions.RecordType, Id(meetingId), AuditOutcomes.Success, detail);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException exception) when (StoreConflicts.IsConflict(exception))
        {
            // Another chair changed the item (version) or added the same youth (unique item) between our read and our write.
            db.ChangeTracker.Clear();
            await AuditAsync(actor, action, meetingId, AuditOutcomes.Rejected, "stale", cancellationToken).ConfigureAwait(false);
            return AgendaActionResult.Stale;
        }

        db.ChangeTracker.Clear();
        return AgendaActionResult.Done(message);
    }

    private async Task<AgendaActionResult> InvalidAsync(
        ProfessionalProfile actor, string action, long meetingId, string why, string message, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await AuditAsync(actor, action, meetingId, AuditOutcomes.Rejected, "invalid:" + why, cancellationToken).ConfigureAwait(false);
        return AgendaActionResult.Invalid(message);
    }

    private static (string? Text, string? Error) Reason(string? reason)
    {
        var text = reason?.Trim() ?? "";
        return text.Length == 0 ? (null, AgendaItemMessages.ReasonRequired)
            : text.Length > AgendaItemLimits.ReasonMaxLength ? (null, AgendaItemMessages.ReasonTooLong(text.Length))
            : (text, null);
    }

    private static void Reactivate(MeetingAgendaItem item, AgendaItemSources source)
    {
        item.Status = AgendaItemStatus.Active;
        item.Sources |= source;
        item.Reason = null;
        item.MovedToMeetingId = null;
    }

    private static void Changed(MeetingAgendaItem item, ProfessionalProfile actor, DateTime now)
    {
        item.ChangedById = actor.AadObjectId;
        item.ChangedAtUtc = now;
        item.Version++;
    }

    private static string Id(long meetingId) => meetingId.ToString(CultureInfo.InvariantCulture);

    private Task AuditAsync(ProfessionalProfile actor, string action, long meetingId, string outcome, string? detail, CancellationToken cancellationToken) =>
        audit.RecordAsync(actor.AadObjectId, action, MeetingAuditActions.RecordType, Id(meetingId), outcome, detail, cancellationToken);
}
