using PmgBot.Core.Directory;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Chair;

/// <summary>
/// The chair's actions on one youth record. Every method checks <see cref="Access.AccessMatrix"/> on the server
/// (via <see cref="Access.ICaseRelations"/>: chairs of the youth's home JPP), validates all input, stores either
/// everything or nothing, and writes an audit event (codes and ids only). A youth that does not exist and a youth the
/// actor may not act on give the same <see cref="YouthActionOutcome.NotFound"/>. Every change bumps
/// <see cref="Youth.Version"/>; a stale <c>version</c> changes nothing (<see cref="YouthActionOutcome.Stale"/>).
/// </summary>
public interface IYouthRecordService
{
    /// <summary>What the chair card shows, or null when the youth is unknown or the actor may not assign a casusregisseur. Audited as a read.</summary>
    Task<YouthChairView?> GetChairViewAsync(ProfessionalProfile actor, string? code, CancellationToken cancellationToken);

    /// <summary>Appoints (or changes) the casusregisseur: an active professional of one of the youth's involved organisations.</summary>
    Task<YouthActionResult> AssignCasusregisseurAsync(
        ProfessionalProfile actor, string? code, string? professionalAadId, int version, CancellationToken cancellationToken);

    /// <summary>
    /// Sets the level with a reason (required, at most <see cref="YouthRecordLimits.ReasonMaxLength"/> characters) and
    /// writes a <see cref="YouthLevelChange"/>. Oranje needs <paramref name="procesregisseurId"/>: a procesregisseur of
    /// the youth's JPP; any other level clears the procesregisseur. <paramref name="level"/> null means "not chosen".
    /// </summary>
    Task<YouthActionResult> SetLevelAsync(
        ProfessionalProfile actor, string? code, YouthLevel? level, string? reason, string? procesregisseurId, int version, CancellationToken cancellationToken);

    /// <summary>Adds a known organisation that is not yet involved.</summary>
    Task<YouthActionResult> AddInvolvedOrganisationAsync(
        ProfessionalProfile actor, string? code, string? organisationId, int version, CancellationToken cancellationToken);

    /// <summary>Records the decision to share the youth with another JPP of the region (not the home JPP, not twice), with a reason.</summary>
    Task<YouthActionResult> ShareWithJppAsync(
        ProfessionalProfile actor, string? code, string? jppId, string? reason, int version, CancellationToken cancellationToken);
}
