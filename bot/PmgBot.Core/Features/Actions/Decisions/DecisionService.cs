using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Actions.Letters;
using PmgBot.Core.Features.Meetings;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Features.Meetings.Series;
using PmgBot.Core.Register;
using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>
/// Default <see cref="IDecisionService"/>. Recording: the meeting and the actor's right to decide in it (else "not
/// found"), the youth on its agenda (else "not found"), the youth's version (else "stale"), one decision per youth and
/// meeting (else "already recorded"), every field (else the field messages); then one SaveChanges with the decision, its
/// items, the youth (version bumped: a concurrency token), the level history row and the audit event.
/// </summary>
internal sealed class DecisionService(
    PmgDbContext db, IAccessService access, ICaseRelations relations, IAuditLog audit, TimeProvider time, IOptions<MeetingOptions> meetingOptions)
    : IDecisionService
{
    public async Task<DecisionViewResult> GetViewAsync(ProfessionalProfile actor, string? youthCode, long? meetingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        const string action = ActionAuditActions.DecisionView;
        var code = YouthCodes.Normalise(youthCode);
        var youth = code is null ? null : await db.Youths.AsNoTracking().SingleOrDefaultAsync(y => y.Code == code, cancellationToken).ConfigureAwait(false);
        if (youth is null)
        {
            await AuditAsync(actor, action, code, AuditOutcomes.Rejected, "not-found", cancellationToken).ConfigureAwait(false);
            return DecisionViewResult.NotFound;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var meeting = meetingId is { } id
            ? await db.JppMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false)
            : await LatestMeetingWithAsync(youth.Id, now, cancellationToken).ConfigureAwait(false);
        if (meeting is null)
        {
            // Only a chair of the youth's own JPP learns that the youth exists but is on no agenda yet.
            var chair = MayDecide(actor, youth.JppId);
            await AuditAsync(actor, action, code, AuditOutcomes.Rejected, chair ? "no-meeting" : "not-allowed", cancellationToken).ConfigureAwait(false);
            return chair ? new DecisionViewResult(null, true) : DecisionViewResult.NotFound;
        }

        if (!MayDecide(actor, meeting.JppId) || !await OnAgendaAsync(meeting.Id, youth.Id, cancellationToken).ConfigureAwait(false))
        {
            await AuditAsync(actor, action, code, AuditOutcomes.Rejected, "not-allowed", cancellationToken).ConfigureAwait(false);
            return DecisionViewResult.NotFound;
        }

        var view = await ReadViewAsync(youth, meeting, now, cancellationToken).ConfigureAwait(false);
        await AuditAsync(actor, action, code, AuditOutcomes.Success, Meeting(meeting.Id), cancellationToken).ConfigureAwait(false);
        return new DecisionViewResult(view, false);
    }

    public async Task<DecisionResult> RecordAsync(ProfessionalProfile actor, DecisionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        const string action = ActionAuditActions.DecisionRecord;
        var code = YouthCodes.Normalise(input.YouthCode);
        var meeting = await db.JppMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == input.MeetingId, cancellationToken).ConfigureAwait(false);
        var youth = code is null ? null : await db.Youths.SingleOrDefaultAsync(y => y.Code == code, cancellationToken).ConfigureAwait(false);
        if (meeting is null || youth is null || !MayDecide(actor, meeting.JppId)
            || !await OnAgendaAsync(meeting.Id, youth.Id, cancellationToken).ConfigureAwait(false))
        {
            var why = meeting is null || youth is null ? "not-found" : "not-allowed";
            return await RefuseAsync(actor, code, why, DecisionResult.NotFound, cancellationToken).ConfigureAwait(false);
        }

        var meetingId = meeting.Id;
        var youthId = youth.Id;
        if (youth.Version != input.YouthVersion)
        {
            return await RefuseAsync(actor, code, "stale", DecisionResult.Stale, cancellationToken).ConfigureAwait(false);
        }

        if (await db.Set<YouthDecision>().AnyAsync(d => d.MeetingId == meetingId && d.YouthId == youthId, cancellationToken).ConfigureAwait(false))
        {
            return await RefuseAsync(actor, code, "already", DecisionResult.AlreadyRecorded, cancellationToken).ConfigureAwait(false);
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (meeting.StartsAtUtc > now)
        {
            return await RefuseAsync(actor, code, "not-started",
                new DecisionResult(DecisionOutcome.Invalid, DecisionMessages.NotStarted, []), cancellationToken).ConfigureAwait(false);
        }

        var today = AmsterdamTime.Today(time);
        var people = await ReadPeopleAsync(youth, cancellationToken).ConfigureAwait(false);
        var validator = new DecisionValidator(youth, meeting, today, people);
        var plan = validator.Validate(input);
        if (validator.Errors.Count > 0)
        {
            var fields = string.Join(',', validator.Errors.Select(e => e.Field).Distinct(StringComparer.Ordinal));
            return await RefuseAsync(actor, code, "invalid:" + fields, DecisionResult.Invalid(validator.Errors), cancellationToken).ConfigureAwait(false);
        }

        // The card proposed the review date for the current level; an untouched proposal on a level change gets the new level's period.
        var review = plan.NextReview;
        if (plan.ReviewUntouched && plan.Kind is DecisionKind.Opschalen or DecisionKind.Afschalen && plan.ToLevel != youth.Level)
        {
            review = (await ProposeReviewAsync(meeting.JppId, plan.ToLevel, now, today, cancellationToken).ConfigureAwait(false)).Date;
        }

        var decision = new YouthDecision
        {
            MeetingId = meetingId,
            YouthId = youthId,
            Kind = plan.Kind,
            FromLevel = youth.Level,
            ToLevel = plan.ToLevel,
            Reason = plan.Reason,
            ReferralTarget = plan.Referral,
            CasusregisseurId = plan.CasusregisseurId,
            CasusregisseurChanged = !string.Equals(plan.CasusregisseurId, youth.CasusregisseurId, StringComparison.Ordinal),
            Interventions = string.Join(',', plan.Interventions),
            InterventionsNote = plan.InterventionsNote,
            NextReviewDate = review,
            DecidedById = actor.AadObjectId,
            DecidedAtUtc = now,
        };
        decision.Items.AddRange(plan.Items.Select(i => new ActionItem
        {
            MeetingId = meetingId,
            YouthId = youthId,
            JppId = meeting.JppId,
            OwnerId = i.OwnerId,
            What = i.What,
            DueDate = i.DueDate,
            State = ActionItemState.Open,
            CreatedById = actor.AadObjectId,
            CreatedAtUtc = now,
        }));
        // The first decision about a youth gives its casusregisseur the notificatiebrief task, in the same save.
        if (!await db.Set<YouthDecision>().AnyAsync(d => d.YouthId == youthId, cancellationToken).ConfigureAwait(false))
        {
            await LetterTasks.AddNotificationAsync(db, youthId, meeting.JppId, meetingId, plan.CasusregisseurId, actor.AadObjectId, now, cancellationToken)
                .ConfigureAwait(false);
        }

        db.Add(decision);
        var items = decision.Items;

        if (plan.ToLevel != youth.Level)
        {
            db.YouthLevelChanges.Add(new YouthLevelChange
            {
                YouthId = youthId,
                FromLevel = youth.Level,
                ToLevel = plan.ToLevel,
                ChangedById = actor.AadObjectId,
                ChangedAtUtc = now,
                Reason = plan.Reason ?? DecisionMessages.DiscussedOn(meeting.StartsAtUtc),
            });
            youth.Level = plan.ToLevel;
            youth.LevelSinceUtc = now;
        }

        youth.ProcesregisseurId = plan.ProcesregisseurId;
        youth.NextReviewDate = review;
        youth.CasusregisseurId = plan.CasusregisseurId;
        youth.Version++;
        youth.UpdatedAtUtc = now;
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"meeting={meetingId} decision={plan.Kind.ToString().ToLowerInvariant()} from={decision.FromLevel.ToString().ToLowerInvariant()} to={plan.ToLevel.ToString().ToLowerInvariant()} items={items.Count}")
            + (decision.CasusregisseurChanged ? " casusregisseur=" + plan.CasusregisseurId : "");
        audit.Add(db, actor.AadObjectId, action, ActionAuditActions.YouthRecordType, code, AuditOutcomes.Success, detail);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException exception) when (StoreConflicts.IsConflict(exception))
        {
            // Another chair recorded this youth (unique decision) or changed it (version) between our read and our write.
            return await RefuseAsync(actor, code, "stale", DecisionResult.Stale, cancellationToken).ConfigureAwait(false);
        }

        db.ChangeTracker.Clear();
        return DecisionResult.Done(decision.Id, [.. items.Select(i => i.Id)]);
    }

    private async Task<DecisionResult> RefuseAsync(ProfessionalProfile actor, string? code, string why, DecisionResult result, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await AuditAsync(actor, ActionAuditActions.DecisionRecord, code, AuditOutcomes.Rejected, why, cancellationToken).ConfigureAwait(false);
        return result;
    }

    private bool MayDecide(ProfessionalProfile actor, string jppId) =>
        actor.Active && access.Allows(actor.Roles, relations.ToJpp(actor, jppId), BotAction.RecordDecision);

    private Task<bool> OnAgendaAsync(long meetingId, long youthId, CancellationToken cancellationToken) =>
        db.Set<MeetingAgendaItem>().AnyAsync(i => i.MeetingId == meetingId && i.YouthId == youthId && i.Status == AgendaItemStatus.Active, cancellationToken);

    private Task<JppMeeting?> LatestMeetingWithAsync(long youthId, DateTime now, CancellationToken cancellationToken) =>
        db.JppMeetings.AsNoTracking()
            .Where(m => m.StartsAtUtc <= now
                && db.Set<MeetingAgendaItem>().Any(i => i.MeetingId == m.Id && i.YouthId == youthId && i.Status == AgendaItemStatus.Active))
            .OrderByDescending(m => m.StartsAtUtc)
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<DecisionView> ReadViewAsync(Youth youth, JppMeeting meeting, DateTime now, CancellationToken cancellationToken)
    {
        var (jppId, meetingId, youthId) = (meeting.JppId, meeting.Id, youth.Id);
        var jppName = await db.Jpps.AsNoTracking().Where(j => j.Id == jppId).Select(j => j.Name).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? jppId;
        var people = await ReadPeopleAsync(youth, cancellationToken).ConfigureAwait(false);
        // The next planned meeting, for the due-date picks.
        var next = await db.JppMeetings.AsNoTracking().Where(m => m.JppId == jppId && m.StartsAtUtc > now).OrderBy(m => m.StartsAtUtc)
            .Select(m => (DateTime?)m.StartsAtUtc).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var today = AmsterdamTime.Today(time);
        // A vervolg keeps the level (geen and afgesloten become groen).
        var proposal = await ProposeReviewAsync(jppId, youth.Level, now, today, cancellationToken).ConfigureAwait(false);
        var closing = await db.Set<MeetingSeriesDate>().AsNoTracking().Where(d => d.JppId == jppId && d.Kind == SeriesDateKind.ClosingDay)
            .Select(d => d.Date).ToListAsync(cancellationToken).ConfigureAwait(false);
        var recorded = await db.Set<YouthDecision>().AsNoTracking().Where(d => d.MeetingId == meetingId && d.YouthId == youthId)
            .Select(d => new
            {
                d.Kind,
                d.ToLevel,
                d.DecidedAtUtc,
                By = db.Set<Professional>().Where(p => p.AadObjectId == d.DecidedById).Select(p => p.DisplayName).FirstOrDefault(),
                Items = db.Set<ActionItem>().Count(i => i.DecisionId == d.Id),
            })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return new DecisionView(
            meetingId,
            meeting.StartsAtUtc,
            jppId,
            jppName,
            youth.Code,
            youth.Version,
            YouthNames.Full(youth),
            youth.DateOfBirth,
            youth.Level,
            youth.JppId == jppId,
            youth.CasusregisseurId,
            youth.ProcesregisseurId,
            people.Owners,
            people.Casusregisseurs,
            people.Procesregisseurs,
            today,
            next is { } starts ? DateOnly.FromDateTime(AmsterdamTime.ToLocal(starts)) : null,
            closing,
            recorded is null ? null : new RecordedDecision(recorded.Kind, recorded.ToLevel, recorded.By ?? DecisionMessages.UnknownPerson, recorded.DecidedAtUtc, recorded.Items),
            proposal);
    }

    /// <summary>
    /// The review date for a youth on <paramref name="level"/> (geen and afgesloten count as groen): the JPP's review period
    /// (the series' own, else the setting), moved to its first planned meeting on or after that day; a meeting on a day off
    /// may still move, so it is not proposed.
    /// </summary>
    private async Task<ReviewProposal> ProposeReviewAsync(string jppId, YouthLevel level, DateTime now, DateOnly today, CancellationToken cancellationToken)
    {
        var series = await db.Set<MeetingSeries>().AsNoTracking().SingleOrDefaultAsync(s => s.JppId == jppId, cancellationToken).ConfigureAwait(false);
        var starts = await db.JppMeetings.AsNoTracking().Where(m => m.JppId == jppId && m.StartsAtUtc > now && !m.OnDayOff)
            .Select(m => m.StartsAtUtc).ToListAsync(cancellationToken).ConfigureAwait(false);
        var periods = ReviewPeriods.For(series, meetingOptions.Value);
        return ReviewProposal.For(today, periods.WeeksFor(level) ?? periods.Groen, starts.Select(s => DateOnly.FromDateTime(AmsterdamTime.ToLocal(s))));
    }

    /// <summary>
    /// Owners: active professionals of the youth's involved organisations whose roles may keep action items;
    /// casusregisseurs: those of them the matrix lets open their youth's card; procesregisseurs: of the youth's own JPP.
    /// </summary>
    private async Task<DecisionPeople> ReadPeopleAsync(Youth youth, CancellationToken cancellationToken)
    {
        var (youthId, jppId) = (youth.Id, youth.JppId);
        var involved = await db.Professionals.AsNoTracking()
            .Where(p => p.Active && db.Set<YouthInvolvement>().Any(i => i.YouthId == youthId && i.OrganisationId == p.OrganisationId))
            .Join(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => new { p.AadObjectId, p.DisplayName, p.Roles, Organisation = o.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var members = await db.Professionals.AsNoTracking()
            .Where(p => p.Active && p.Jpps.Any(j => j.JppId == jppId))
            .Join(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => new { p.AadObjectId, p.DisplayName, p.Roles, Organisation = o.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byName = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true);
        return new DecisionPeople(
            [.. involved.Where(p => access.Allows(p.Roles, BotAction.ChangeOwnActionItem))
                .Select(p => new DecisionPerson(p.AadObjectId, p.DisplayName, p.Organisation)).OrderBy(p => p.DisplayName, byName)],
            [.. involved.Where(p => access.Allows(p.Roles, YouthRelation.Casusregisseur, BotAction.ViewYouthCard))
                .Select(p => new DecisionPerson(p.AadObjectId, p.DisplayName, p.Organisation)).OrderBy(p => p.DisplayName, byName)],
            [.. members.Where(p => (p.Roles & Roles.Procesregisseur) != Roles.None)
                .Select(p => new DecisionPerson(p.AadObjectId, p.DisplayName, p.Organisation)).OrderBy(p => p.DisplayName, byName)]);
    }

    private static string Meeting(long meetingId) => "meeting=" + meetingId.ToString(CultureInfo.InvariantCulture);

    private Task AuditAsync(ProfessionalProfile actor, string action, string? code, string outcome, string? detail, CancellationToken cancellationToken) =>
        audit.RecordAsync(actor.AadObjectId, action, ActionAuditActions.YouthRecordType, code, outcome, detail, cancellationToken);
}
