using PmgBot.Core.Directory;

namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>
/// Recording the JPP's decision about a youth with its action items. Every method checks on the server, through
/// <see cref="Access.IAccessService"/>, that the actor chairs the meeting's JPP (voorzitter or procesregisseur and a
/// member of it); anyone else gets the answer of an unknown youth. Writes are all or nothing and audited (codes only).
/// </summary>
public interface IDecisionService
{
    /// <summary>
    /// The card's data for a youth in a meeting; without <paramref name="meetingId"/> the latest meeting that has started
    /// with the youth on its agenda. Audited as a read.
    /// </summary>
    Task<DecisionViewResult> GetViewAsync(ProfessionalProfile actor, string? youthCode, long? meetingId, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the decision, its action items, the youth's new level (with a level history row), casusregisseur and
    /// procesregisseur, and the audit event in one save; on any bad field nothing, with a Dutch message per field.
    /// </summary>
    Task<DecisionResult> RecordAsync(ProfessionalProfile actor, DecisionInput input, CancellationToken cancellationToken);
}
