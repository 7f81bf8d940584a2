using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Meetings;
using PmgBot.Core.Register;
using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>
/// The casusregisseur's letter tasks. Every read and change checks on the server, through <see cref="IAccessService"/>
/// (<see cref="BotAction.WriteLetter"/>), that the user is the youth's casusregisseur now; anyone else gets "not found".
/// Every read, link and change is audited with ids and codes only. A change checks every field first and stores nothing
/// on a bad one; the task's version makes a second click or a stale card change nothing.
/// </summary>
public sealed class LetterTaskService(
    PmgDbContext db,
    IAccessService access,
    ICaseRelations relations,
    IProfessionalDirectory directory,
    IAuditLog audit,
    LetterWriter writer,
    LetterLinks links,
    IOptions<LetterOptions> options,
    TimeProvider time)
{
    public const int MaxListed = 50;

    /// <summary>The task for its casusregisseur; null when there is none or it is not theirs (audited either way).</summary>
    public async Task<LetterTaskView?> GetAsync(ProfessionalProfile viewer, long taskId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var (task, youth) = await ReadAllowedAsync(viewer, taskId, LetterAuditActions.View, cancellationToken).ConfigureAwait(false);
        if (task is null || youth is null)
        {
            return null;
        }

        await AuditAsync(viewer, LetterAuditActions.View, task.Id, AuditOutcomes.Success, Detail(task, youth.Code), cancellationToken).ConfigureAwait(false);
        return await ViewAsync(task, youth, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The latest task of <paramref name="kind"/> of the youth with <paramref name="code"/>, for its casusregisseur; else null.</summary>
    public async Task<LetterTaskView?> FindAsync(ProfessionalProfile viewer, string? code, LetterKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var youth = await AllowedYouthAsync(viewer, code, LetterAuditActions.View, cancellationToken).ConfigureAwait(false);
        var youthId = youth?.Id;
        var task = youth is null
            ? null
            : await db.Set<LetterTask>().AsNoTracking().Where(t => t.YouthId == youthId && t.Kind == kind).OrderByDescending(t => t.Round)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (task is null || youth is null)
        {
            if (youth is not null)
            {
                await AuditAsync(viewer, LetterAuditActions.View, null, AuditOutcomes.Rejected, "not-found code=" + youth.Code, cancellationToken).ConfigureAwait(false);
            }

            return null;
        }

        await AuditAsync(viewer, LetterAuditActions.View, task.Id, AuditOutcomes.Success, Detail(task, youth.Code), cancellationToken).ConfigureAwait(false);
        return await ViewAsync(task, youth, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The open tasks of the youths <paramref name="viewer"/> is casusregisseur of, oldest first (audited).</summary>
    public async Task<IReadOnlyList<LetterTaskRow>> ListOpenAsync(ProfessionalProfile viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var me = viewer.AadObjectId;
        var rows = await db.Set<LetterTask>().AsNoTracking()
            .Where(t => t.State == LetterTaskState.Open)
            .Join(db.Youths.Where(y => y.CasusregisseurId == me), t => t.YouthId, y => y.Id, (t, y) => new { t.Id, t.Kind, y.Code, t.CreatedAtUtc })
            .OrderBy(r => r.CreatedAtUtc).ThenBy(r => r.Id)
            .Take(MaxListed)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        await AuditAsync(viewer, LetterAuditActions.List, null, AuditOutcomes.Success, "count=" + rows.Count.ToString(CultureInfo.InvariantCulture), cancellationToken)
            .ConfigureAwait(false);
        return [.. rows.Select(r => new LetterTaskRow(r.Id, r.Kind, r.Code))];
    }

    /// <summary>
    /// A complimentbrief for the youth with <paramref name="code"/>: the open one when there is one, else a new round.
    /// </summary>
    public async Task<LetterTaskResult> RequestComplimentAsync(ProfessionalProfile viewer, string? code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var youth = await AllowedYouthAsync(viewer, code, LetterAuditActions.Request, cancellationToken).ConfigureAwait(false);
        if (youth is null)
        {
            return LetterTaskResult.NotFound;
        }

        var youthId = youth.Id;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var tasks = await db.Set<LetterTask>().AsNoTracking().Where(t => t.YouthId == youthId && t.Kind == LetterKind.Complimentbrief)
                .Select(t => new { t.Id, t.Round, t.State }).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (tasks.FirstOrDefault(t => t.State == LetterTaskState.Open) is { } open)
            {
                return new LetterTaskResult(LetterTaskOutcome.Done, LetterTexts.ComplimentOpen, [], open.Id);
            }

            var task = new LetterTask
            {
                YouthId = youthId,
                Kind = LetterKind.Complimentbrief,
                Round = tasks.Count == 0 ? 1 : tasks.Max(t => t.Round) + 1,
                JppId = youth.JppId,
                AssignedToId = viewer.AadObjectId,
                State = LetterTaskState.Open,
                CreatedById = viewer.AadObjectId,
                CreatedAtUtc = time.GetUtcNow().UtcDateTime,
            };
            db.Add(task);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException exception) when (StoreConflicts.IsConflict(exception))
            {
                // A double click or a second device made the same round at once: take theirs.
                db.ChangeTracker.Clear();
                continue;
            }

            db.ChangeTracker.Clear();
            await AuditAsync(viewer, LetterAuditActions.Request, task.Id, AuditOutcomes.Success, Detail(task, youth.Code), cancellationToken).ConfigureAwait(false);
            return new LetterTaskResult(LetterTaskOutcome.Done, LetterTexts.ComplimentMade, [], task.Id);
        }

        return LetterTaskResult.Stale;
    }

    /// <summary>A download link to the draft for <paramref name="addresseeText"/> (ouders / jongere), valid 15 minutes for the viewer only.</summary>
    public async Task<LetterTaskResult> CreateLinkAsync(ProfessionalProfile viewer, long taskId, string? addresseeText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var (task, youth) = await ReadAllowedAsync(viewer, taskId, LetterAuditActions.Link, cancellationToken).ConfigureAwait(false);
        if (task is null || youth is null)
        {
            return LetterTaskResult.NotFound;
        }

        var today = AmsterdamTime.Today(time);
        var addressee = LetterValues.ParseAddressee(addresseeText);
        var error = addressee is not { } chosen ? LetterTexts.ChooseAddressee
            : !LetterAddressees.Allowed(youth.DateOfBirth, today).Contains(chosen) ? LetterTexts.YouthTooYoung(LetterAddressees.YouthFromAge)
            : null;
        if (error is not null || addressee is null)
        {
            await AuditAsync(viewer, LetterAuditActions.Link, task.Id, AuditOutcomes.Rejected, "invalid:addressee", cancellationToken).ConfigureAwait(false);
            return LetterTaskResult.Invalid([new(LetterTaskFields.Addressee, error ?? LetterTexts.ChooseAddressee)]) with { TaskId = task.Id };
        }

        var token = links.Create(LetterId(task.Id, addressee.Value), viewer.AadObjectId);
        await AuditAsync(viewer, LetterAuditActions.Link, task.Id, AuditOutcomes.Success,
            Detail(task, youth.Code) + " addressee=" + LetterValues.Addressee(addressee.Value), cancellationToken).ConfigureAwait(false);
        return new LetterTaskResult(LetterTaskOutcome.Done, LetterTexts.LinkReady, [], task.Id, LetterLinks.Url(options.Value.PublicBaseUrl, token));
    }

    /// <summary>Records "verstuurd op" (<paramref name="sent"/>) or "niet verstuurd" with its reason; all or nothing.</summary>
    public async Task<LetterTaskResult> RecordAsync(
        ProfessionalProfile viewer, long taskId, int version, bool sent, string? addresseeText, string? sentOnText, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var (task, youth) = await ReadAllowedAsync(viewer, taskId, LetterAuditActions.Record, cancellationToken).ConfigureAwait(false);
        if (task is null || youth is null)
        {
            return LetterTaskResult.NotFound;
        }

        if (task.State != LetterTaskState.Open || task.Version != version)
        {
            await AuditAsync(viewer, LetterAuditActions.Record, task.Id, AuditOutcomes.Rejected, "stale", cancellationToken).ConfigureAwait(false);
            return LetterTaskResult.Stale with { TaskId = task.Id };
        }

        var today = AmsterdamTime.Today(time);
        var errors = new List<LetterFieldError>();
        LetterAddressee? addressee = null;
        DateOnly? sentOn = null;
        var why = reason?.Trim();
        if (sent)
        {
            sentOn = SentOn(sentOnText, today, DateOnly.FromDateTime(AmsterdamTime.ToLocal(task.CreatedAtUtc)), errors);
            addressee = LetterValues.ParseAddressee(addresseeText);
            if (addressee is null)
            {
                errors.Add(new(LetterTaskFields.Addressee, LetterTexts.ChooseAddressee));
            }
            else if (!LetterAddressees.Allowed(youth.DateOfBirth, sentOn ?? today).Contains(addressee.Value))
            {
                errors.Add(new(LetterTaskFields.Addressee, LetterTexts.YouthTooYoung(LetterAddressees.YouthFromAge)));
            }
        }
        else if (string.IsNullOrEmpty(why))
        {
            errors.Add(new(LetterTaskFields.NotSentReason, LetterTexts.GiveReason));
        }
        else if (why.Length > LetterTaskLimits.ReasonMaxLength)
        {
            errors.Add(new(LetterTaskFields.NotSentReason, LetterTexts.ReasonTooLong(LetterTaskLimits.ReasonMaxLength)));
        }

        if (errors.Count > 0)
        {
            var fields = string.Join(',', errors.Select(e => e.Field).Distinct(StringComparer.Ordinal));
            await AuditAsync(viewer, LetterAuditActions.Record, task.Id, AuditOutcomes.Rejected, "invalid:" + fields, cancellationToken).ConfigureAwait(false);
            return LetterTaskResult.Invalid(errors) with { TaskId = task.Id };
        }

        var tracked = await db.Set<LetterTask>().SingleAsync(t => t.Id == taskId, cancellationToken).ConfigureAwait(false);
        db.Entry(tracked).Property(t => t.Version).OriginalValue = version;
        tracked.State = sent ? LetterTaskState.Verstuurd : LetterTaskState.NietVerstuurd;
        tracked.Addressee = addressee;
        tracked.SentOn = sentOn;
        tracked.Reason = sent ? null : why;
        tracked.RecordedById = viewer.AadObjectId;
        tracked.RecordedAtUtc = time.GetUtcNow().UtcDateTime;
        tracked.Version = version + 1;
        var detail = Detail(task, youth.Code) + (sent
            ? " state=verstuurd addressee=" + LetterValues.Addressee(addressee!.Value) + " on=" + sentOn!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : " state=niet-verstuurd");
        audit.Add(db, viewer.AadObjectId, LetterAuditActions.Record, LetterAuditActions.RecordType, Id(task.Id), AuditOutcomes.Success, detail);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException exception) when (StoreConflicts.IsConflict(exception))
        {
            db.ChangeTracker.Clear();
            await AuditAsync(viewer, LetterAuditActions.Record, task.Id, AuditOutcomes.Rejected, "stale", cancellationToken).ConfigureAwait(false);
            return LetterTaskResult.Stale with { TaskId = task.Id };
        }

        db.ChangeTracker.Clear();
        return new LetterTaskResult(LetterTaskOutcome.Done, LetterTexts.Recorded(sent), [], task.Id);
    }

    /// <summary>
    /// The filled draft of task <paramref name="taskId"/> for <paramref name="addressee"/>, for the youth's casusregisseur
    /// only; null when not theirs. The caller audits the fetch.
    /// </summary>
    public async Task<LetterDraft?> WriteDraftAsync(ProfessionalProfile viewer, long taskId, LetterAddressee addressee, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var (task, youth) = await ReadAllowedAsync(viewer, taskId, null, cancellationToken).ConfigureAwait(false);
        if (task is null || youth is null)
        {
            return null;
        }

        var jppId = youth.JppId;
        var jpp = await db.Jpps.AsNoTracking().Where(j => j.Id == jppId)
            .Select(j => new { j.Name, Place = db.Set<Municipality>().Where(m => m.Id == j.MunicipalityId).Select(m => m.Name).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var members = await directory.ListJppMembersAsync(jppId, cancellationToken).ConfigureAwait(false);
        var chair = members.FirstOrDefault(m => (m.Roles & Roles.Voorzitter) != Roles.None)
            ?? members.FirstOrDefault(m => (m.Roles & Roles.Procesregisseur) != Roles.None);
        var facts = new LetterFacts(
            YouthNames.Full(youth),
            youth.FirstName.Trim(),
            youth.DateOfBirth,
            ShortJppName(jpp?.Name ?? jppId),
            jpp?.Place ?? ShortJppName(jpp?.Name ?? jppId),
            AmsterdamTime.Today(time),
            viewer.DisplayName,
            viewer.OrganisationName,
            viewer.Phone,
            viewer.Email,
            chair?.DisplayName ?? "De voorzitter");
        var document = writer.Write(task.Kind, addressee, jppId, facts);
        return new LetterDraft(task.Id, task.Kind, addressee, youth.Code, document, Detail(task, youth.Code));
    }

    /// <summary>The letter id a link names: task and addressee ("12:ouders").</summary>
    public static string LetterId(long taskId, LetterAddressee addressee) =>
        Id(taskId) + ":" + LetterValues.Addressee(addressee);

    /// <summary>Reads <see cref="LetterId"/> back; null when it is not one.</summary>
    public static (long TaskId, LetterAddressee Addressee)? ParseLetterId(string? letterId)
    {
        var parts = letterId?.Split(':');
        return parts is { Length: 2 }
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && LetterValues.ParseAddressee(parts[1]) is { } addressee
            ? (id, addressee)
            : null;
    }

    /// <summary>"Heerlen" for "JPP Heerlen": the letters say "het JPP {{jpp}}".</summary>
    private static string ShortJppName(string name) =>
        name.StartsWith("JPP ", StringComparison.OrdinalIgnoreCase) && name.Length > 4 ? name[4..].Trim() : name;

    private static DateOnly? SentOn(string? text, DateOnly today, DateOnly taskDay, List<LetterFieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new(LetterTaskFields.SentOn, LetterTexts.ChooseSentOn));
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy"];
        if (!DateOnly.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(new(LetterTaskFields.SentOn, LetterTexts.SentOnNotADate));
            return null;
        }

        if (date > today)
        {
            errors.Add(new(LetterTaskFields.SentOn, LetterTexts.SentOnInFuture));
            return null;
        }

        if (date < taskDay)
        {
            errors.Add(new(LetterTaskFields.SentOn, LetterTexts.SentOnBeforeTask));
            return null;
        }

        return date;
    }

    /// <summary>The task and its youth when <paramref name="viewer"/> may act on it (the casusregisseur); else nulls, audited as refused.</summary>
    private async Task<(LetterTask? Task, Youth? Youth)> ReadAllowedAsync(ProfessionalProfile viewer, long taskId, string? auditAction, CancellationToken cancellationToken)
    {
        var task = await db.Set<LetterTask>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken).ConfigureAwait(false);
        var youthId = task?.YouthId;
        var youth = task is null ? null : await db.Youths.AsNoTracking().SingleOrDefaultAsync(y => y.Id == youthId, cancellationToken).ConfigureAwait(false);
        if (task is null || youth is null || !await MayWriteAsync(viewer, youth, cancellationToken).ConfigureAwait(false))
        {
            if (auditAction is not null)
            {
                await AuditAsync(viewer, auditAction, taskId, AuditOutcomes.Rejected, task is null ? "not-found" : "not-allowed", cancellationToken).ConfigureAwait(false);
            }

            return (null, null);
        }

        return (task, youth);
    }

    private async Task<Youth?> AllowedYouthAsync(ProfessionalProfile viewer, string? code, string auditAction, CancellationToken cancellationToken)
    {
        var normalised = YouthCodes.Normalise(code);
        var youth = normalised is null ? null : await db.Youths.AsNoTracking().SingleOrDefaultAsync(y => y.Code == normalised, cancellationToken).ConfigureAwait(false);
        if (youth is null || !await MayWriteAsync(viewer, youth, cancellationToken).ConfigureAwait(false))
        {
            // "Not found" and "not yours" are one answer and one audit outcome, with the code the user typed (normalised).
            await audit.RecordAsync(viewer.AadObjectId, auditAction, LetterAuditActions.YouthRecordType, normalised, AuditOutcomes.Rejected, "not-found", cancellationToken)
                .ConfigureAwait(false);
            return null;
        }

        return youth;
    }

    private async Task<bool> MayWriteAsync(ProfessionalProfile viewer, Youth youth, CancellationToken cancellationToken) =>
        viewer.Active && access.Allows(viewer.Roles, await relations.ToYouthAsync(viewer, youth, cancellationToken).ConfigureAwait(false), BotAction.WriteLetter);

    private async Task<LetterTaskView> ViewAsync(LetterTask task, Youth youth, CancellationToken cancellationToken)
    {
        var jppId = youth.JppId;
        var jppName = await db.Jpps.AsNoTracking().Where(j => j.Id == jppId).Select(j => j.Name).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? jppId;
        var recordedById = task.RecordedById;
        var recordedBy = recordedById is null
            ? null
            : await db.Professionals.AsNoTracking().Where(p => p.AadObjectId == recordedById).Select(p => p.DisplayName).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
                ?? LetterTexts.UnknownRecorder;
        var today = AmsterdamTime.Today(time);
        return new LetterTaskView(
            task.Id,
            task.Version,
            task.Kind,
            youth.Code,
            YouthNames.Full(youth),
            youth.DateOfBirth,
            jppName,
            task.State,
            task.Addressee,
            task.SentOn,
            task.Reason,
            recordedBy,
            task.RecordedAtUtc,
            LetterAddressees.Allowed(youth.DateOfBirth, today),
            today,
            youth.CasusregisseurId ?? "");
    }

    private static string Detail(LetterTask task, string code) =>
        "code=" + code + " kind=" + LetterValues.Kind(task.Kind) + " round=" + task.Round.ToString(CultureInfo.InvariantCulture);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private Task AuditAsync(ProfessionalProfile actor, string action, long? taskId, string outcome, string? detail, CancellationToken cancellationToken) =>
        audit.RecordAsync(actor.AadObjectId, action, LetterAuditActions.RecordType, taskId is { } id ? Id(id) : null, outcome, detail, cancellationToken);
}
