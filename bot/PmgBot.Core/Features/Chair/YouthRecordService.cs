using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Chair;

/// <summary>
/// Default <see cref="IYouthRecordService"/>. Each action: find the youth and check the matrix (else "not found"),
/// check the version (else "stale"), validate every field (else the field messages), then one SaveChanges that
/// bumps <see cref="Youth.Version"/> (a concurrency token), so a concurrent change makes it "stale" and stores
/// nothing. The audit event is written after the outcome is known, outside any write transaction.
/// </summary>
internal sealed class YouthRecordService(
    PmgDbContext db, IAccessService access, ICaseRelations relations, IProfessionalDirectory directory, IAuditLog audit, TimeProvider time)
    : IYouthRecordService
{
    private const string RecordType = "youth";

    public async Task<YouthChairView?> GetChairViewAsync(ProfessionalProfile actor, string? code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var youth = await FindAllowedAsync(actor, code, BotAction.AssignCasusregisseur, AuditActions.YouthViewChair, cancellationToken).ConfigureAwait(false);
        if (youth is null)
        {
            return null;
        }

        var view = await new YouthChairViewReader(db, directory, access).ReadAsync(youth, cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        await AuditAsync(actor, AuditActions.YouthViewChair, youth.Code, AuditOutcomes.Success, null, cancellationToken).ConfigureAwait(false);
        return view;
    }

    public async Task<YouthActionResult> AssignCasusregisseurAsync(
        ProfessionalProfile actor, string? code, string? professionalAadId, int version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        const string action = AuditActions.YouthAssignCasusregisseur;
        var (youth, refused) = await BeginAsync(actor, code, version, BotAction.AssignCasusregisseur, action, cancellationToken).ConfigureAwait(false);
        if (youth is null)
        {
            return refused!;
        }

        var id = NormaliseId(professionalAadId);
        string? error = null;
        if (id is null)
        {
            error = YouthRecordMessages.ChooseCasusregisseur;
        }
        else if (!await IsEligibleCasusregisseurAsync(youth.Id, id, cancellationToken).ConfigureAwait(false))
        {
            error = YouthRecordMessages.CasusregisseurNotEligible;
        }
        else if (string.Equals(id, youth.CasusregisseurId, StringComparison.Ordinal))
        {
            error = YouthRecordMessages.CasusregisseurUnchanged;
        }

        if (error is not null)
        {
            return await InvalidAsync(actor, action, youth.Code, [new(YouthRecordFields.Casusregisseur, error)], cancellationToken).ConfigureAwait(false);
        }

        youth.CasusregisseurId = id;
        return await CommitAsync(actor, action, youth, $"casusregisseur={id}", YouthRecordMessages.CasusregisseurAssigned, cancellationToken).ConfigureAwait(false);
    }

    public async Task<YouthActionResult> SetLevelAsync(
        ProfessionalProfile actor, string? code, YouthLevel? level, string? reason, string? procesregisseurId, int version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        const string action = AuditActions.YouthSetLevel;
        var (youth, refused) = await BeginAsync(actor, code, version, BotAction.SetYouthLevel, action, cancellationToken).ConfigureAwait(false);
        if (youth is null)
        {
            return refused!;
        }

        var errors = new List<YouthFieldError>();
        if (level is null || !Enum.IsDefined(level.Value))
        {
            errors.Add(new(YouthRecordFields.Level, YouthRecordMessages.ChooseLevel));
        }

        var reasonText = ValidateReason(reason, YouthRecordFields.LevelReason, errors);
        string? procesregisseur = null;
        if (level == YouthLevel.Oranje)
        {
            procesregisseur = NormaliseId(procesregisseurId);
            if (procesregisseur is null)
            {
                errors.Add(new(YouthRecordFields.Procesregisseur, YouthRecordMessages.ChooseProcesregisseur));
            }
            else if (!await IsEligibleProcesregisseurAsync(youth.JppId, procesregisseur, cancellationToken).ConfigureAwait(false))
            {
                errors.Add(new(YouthRecordFields.Procesregisseur, YouthRecordMessages.ProcesregisseurNotEligible));
                procesregisseur = null;
            }
        }

        // Staying on oranje is a change only when the procesregisseur changes.
        if (level is { } same && same == youth.Level
            && (same != YouthLevel.Oranje || procesregisseur is null || string.Equals(procesregisseur, youth.ProcesregisseurId, StringComparison.Ordinal)))
        {
            errors.Insert(0, new(YouthRecordFields.Level, YouthRecordMessages.LevelUnchanged));
        }

        if (errors.Count > 0)
        {
            return await InvalidAsync(actor, action, youth.Code, errors, cancellationToken).ConfigureAwait(false);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var from = youth.Level;
        db.YouthLevelChanges.Add(new YouthLevelChange
        {
            YouthId = youth.Id,
            FromLevel = from,
            ToLevel = level!.Value,
            ChangedById = actor.AadObjectId,
            ChangedAtUtc = now,
            Reason = reasonText!,
        });
        youth.Level = level.Value;
        youth.LevelSinceUtc = now;
        youth.ProcesregisseurId = procesregisseur;
        var detail = $"from={from.ToString().ToLowerInvariant()} to={level.Value.ToString().ToLowerInvariant()}"
            + (procesregisseur is null ? "" : $" procesregisseur={procesregisseur}");
        return await CommitAsync(actor, action, youth, detail, YouthRecordMessages.LevelSet, cancellationToken).ConfigureAwait(false);
    }

    public async Task<YouthActionResult> AddInvolvedOrganisationAsync(
        ProfessionalProfile actor, string? code, string? organisationId, int version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        const string action = AuditActions.YouthAddOrganisation;
        var (youth, refused) = await BeginAsync(actor, code, version, BotAction.AddInvolvedOrganisation, action, cancellationToken).ConfigureAwait(false);
        if (youth is null)
        {
            return refused!;
        }

        var id = organisationId?.Trim();
        var youthId = youth.Id;
        string? error = null;
        if (string.IsNullOrEmpty(id))
        {
            error = YouthRecordMessages.ChooseOrganisation;
        }
        else if (!await db.Organisations.AnyAsync(o => o.Id == id, cancellationToken).ConfigureAwait(false))
        {
            error = YouthRecordMessages.UnknownOrganisation;
        }
        else if (await db.YouthInvolvements.AnyAsync(i => i.YouthId == youthId && i.OrganisationId == id, cancellationToken).ConfigureAwait(false))
        {
            error = YouthRecordMessages.OrganisationAlreadyInvolved;
        }

        if (error is not null)
        {
            return await InvalidAsync(actor, action, youth.Code, [new(YouthRecordFields.Organisation, error)], cancellationToken).ConfigureAwait(false);
        }

        db.YouthInvolvements.Add(new YouthInvolvement
        {
            YouthId = youthId,
            OrganisationId = id!,
            AddedById = actor.AadObjectId,
            AddedAtUtc = time.GetUtcNow().UtcDateTime,
        });
        return await CommitAsync(actor, action, youth, $"organisation={id}", YouthRecordMessages.OrganisationAdded, cancellationToken).ConfigureAwait(false);
    }

    public async Task<YouthActionResult> ShareWithJppAsync(
        ProfessionalProfile actor, string? code, string? jppId, string? reason, int version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        const string action = AuditActions.YouthShare;
        var (youth, refused) = await BeginAsync(actor, code, version, BotAction.ShareYouthWithJpp, action, cancellationToken).ConfigureAwait(false);
        if (youth is null)
        {
            return refused!;
        }

        var errors = new List<YouthFieldError>();
        var id = jppId?.Trim();
        var youthId = youth.Id;
        if (string.IsNullOrEmpty(id))
        {
            errors.Add(new(YouthRecordFields.Jpp, YouthRecordMessages.ChooseJpp));
        }
        else if (!await db.Jpps.AnyAsync(j => j.Id == id, cancellationToken).ConfigureAwait(false))
        {
            errors.Add(new(YouthRecordFields.Jpp, YouthRecordMessages.UnknownJpp));
        }
        else if (string.Equals(id, youth.JppId, StringComparison.Ordinal))
        {
            errors.Add(new(YouthRecordFields.Jpp, YouthRecordMessages.HomeJpp));
        }
        else if (await db.YouthJppShares.AnyAsync(s => s.YouthId == youthId && s.JppId == id, cancellationToken).ConfigureAwait(false))
        {
            errors.Add(new(YouthRecordFields.Jpp, YouthRecordMessages.AlreadyShared));
        }

        var reasonText = ValidateReason(reason, YouthRecordFields.ShareReason, errors);
        if (errors.Count > 0)
        {
            return await InvalidAsync(actor, action, youth.Code, errors, cancellationToken).ConfigureAwait(false);
        }

        db.YouthJppShares.Add(new YouthJppShare
        {
            YouthId = youthId,
            JppId = id!,
            DecidedById = actor.AadObjectId,
            DecidedAtUtc = time.GetUtcNow().UtcDateTime,
            Reason = reasonText!,
        });
        return await CommitAsync(actor, action, youth, $"jpp={id}", YouthRecordMessages.Shared, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The youth (tracked) when it exists, the actor may do <paramref name="botAction"/> and the version is current; else the refusal.</summary>
    private async Task<(Youth? Youth, YouthActionResult? Refused)> BeginAsync(
        ProfessionalProfile actor, string? code, int version, BotAction botAction, string action, CancellationToken cancellationToken)
    {
        var youth = await FindAllowedAsync(actor, code, botAction, action, cancellationToken).ConfigureAwait(false);
        if (youth is null)
        {
            return (null, YouthActionResult.NotFound);
        }

        if (youth.Version != version)
        {
            db.ChangeTracker.Clear();
            await AuditAsync(actor, action, youth.Code, AuditOutcomes.Rejected, "stale", cancellationToken).ConfigureAwait(false);
            return (null, YouthActionResult.Stale);
        }

        return (youth, null);
    }

    private async Task<Youth?> FindAllowedAsync(
        ProfessionalProfile actor, string? code, BotAction botAction, string action, CancellationToken cancellationToken)
    {
        var normalised = YouthCodes.Normalise(code);
        var youth = normalised is null
            ? null
            : await db.Youths.SingleOrDefaultAsync(y => y.Code == normalised, cancellationToken).ConfigureAwait(false);
        if (youth is null)
        {
            await AuditAsync(actor, action, normalised, AuditOutcomes.Rejected, "not-found", cancellationToken).ConfigureAwait(false);
            return null;
        }

        var relation = await relations.ToYouthAsync(actor, youth, cancellationToken).ConfigureAwait(false);
        if (!access.Allows(actor.Roles, relation, botAction))
        {
            db.ChangeTracker.Clear();
            await AuditAsync(actor, action, youth.Code, AuditOutcomes.Rejected, "not-allowed", cancellationToken).ConfigureAwait(false);
            return null;
        }

        return youth;
    }

    private async Task<YouthActionResult> InvalidAsync(
        ProfessionalProfile actor, string action, string code, IReadOnlyList<YouthFieldError> errors, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var fields = string.Join(',', errors.Select(e => e.Field).Distinct(StringComparer.Ordinal));
        await AuditAsync(actor, action, code, AuditOutcomes.Rejected, "invalid:" + fields, cancellationToken).ConfigureAwait(false);
        return YouthActionResult.Invalid(errors);
    }

    private async Task<YouthActionResult> CommitAsync(
        ProfessionalProfile actor, string action, Youth youth, string detail, string message, CancellationToken cancellationToken)
    {
        var code = youth.Code;
        youth.Version++;
        youth.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException exception)
        {
            if (exception is not DbUpdateConcurrencyException && !await ChangedMeanwhileAsync(youth, cancellationToken).ConfigureAwait(false))
            {
                throw;
            }

            // Another chair changed the youth between our read and our write; SaveChanges stored nothing.
            db.ChangeTracker.Clear();
            await AuditAsync(actor, action, code, AuditOutcomes.Rejected, "stale", cancellationToken).ConfigureAwait(false);
            return YouthActionResult.Stale;
        }

        db.ChangeTracker.Clear();
        await AuditAsync(actor, action, code, AuditOutcomes.Success, detail, cancellationToken).ConfigureAwait(false);
        return YouthActionResult.Done(message);
    }

    /// <summary>An insert that collides (same organisation or JPP added at the same moment) also means someone else was first.</summary>
    private async Task<bool> ChangedMeanwhileAsync(Youth youth, CancellationToken cancellationToken)
    {
        var id = youth.Id;
        var stored = await db.Youths.AsNoTracking().Where(y => y.Id == id).Select(y => (int?)y.Version)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return stored != youth.Version - 1;
    }

    private async Task<bool> IsEligibleCasusregisseurAsync(long youthId, string aadObjectId, CancellationToken cancellationToken)
    {
        var roles = await db.Professionals.AsNoTracking()
            .Where(p => p.AadObjectId == aadObjectId && p.Active
                && db.Set<YouthInvolvement>().Any(i => i.YouthId == youthId && i.OrganisationId == p.OrganisationId))
            .Select(p => (Roles?)p.Roles)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return roles is { } r && YouthRecordRules.MayBeCasusregisseur(access, r);
    }

    private async Task<bool> IsEligibleProcesregisseurAsync(string jppId, string aadObjectId, CancellationToken cancellationToken)
    {
        var roles = await db.Professionals.AsNoTracking()
            .Where(p => p.AadObjectId == aadObjectId && p.Active && p.Jpps.Any(j => j.JppId == jppId))
            .Select(p => (Roles?)p.Roles)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return roles is { } r && YouthRecordRules.MayBeProcesregisseur(r);
    }

    private static string? ValidateReason(string? reason, string field, List<YouthFieldError> errors)
    {
        var text = reason?.Trim() ?? "";
        if (text.Length == 0)
        {
            errors.Add(new(field, YouthRecordMessages.ReasonRequired));
            return null;
        }

        if (text.Length > YouthRecordLimits.ReasonMaxLength)
        {
            errors.Add(new(field, YouthRecordMessages.ReasonTooLong(text.Length)));
            return null;
        }

        return text;
    }

    private static string? NormaliseId(string? aadObjectId) =>
        string.IsNullOrWhiteSpace(aadObjectId) ? null : DirectoryIds.NormaliseAadObjectId(aadObjectId);

    private Task AuditAsync(ProfessionalProfile actor, string action, string? code, string outcome, string? detail, CancellationToken cancellationToken) =>
        audit.RecordAsync(actor.AadObjectId, action, RecordType, code, outcome, detail, cancellationToken);
}
