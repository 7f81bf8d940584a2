using PmgBot.Core.Directory;

namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>
/// Action items after the meeting. Who may look: the owner, the chairs of the item's JPP and the youth's casusregisseur
/// (decided through <see cref="Access.IAccessService"/>); anyone else gets what an unknown item gets. Who may change:
/// the owner or a chair, once (afgerond and niet mogelijk are final; verzet keeps it open); a stale card changes
/// nothing. Reads and changes are audited with ids and codes only.
/// </summary>
public interface IActionItemService
{
    /// <summary>The item as <paramref name="viewer"/> may see it, or null. Audited as a read.</summary>
    Task<ActionItemView?> GetAsync(ProfessionalProfile viewer, long itemId, CancellationToken cancellationToken);

    /// <summary>
    /// The item for a card that is sent to <paramref name="receiver"/> (a notice, a reminder, the replacement of a sent
    /// card), or null when they may not see it: without the youth's details and not audited as a read. The details come
    /// when the receiver opens the card (its refresh, <see cref="GetAsync"/>), audited then.
    /// </summary>
    Task<ActionItemView?> GetForSendAsync(ProfessionalProfile receiver, long itemId, CancellationToken cancellationToken);

    Task<ActionItemResult> ChangeAsync(ProfessionalProfile actor, ActionItemChangeInput input, CancellationToken cancellationToken);

    /// <summary>
    /// A chair of the item's JPP hands the open item to another owner (an active professional of an involved
    /// organisation who may keep action items); checked like a change (version, stale, audited as <c>action-item.reassign</c>).
    /// </summary>
    Task<ActionItemResult> ReassignAsync(ProfessionalProfile actor, ActionItemReassignInput input, CancellationToken cancellationToken);

    /// <summary>The actor's own open items, earliest due date first (at most <see cref="MaxListed"/>).</summary>
    Task<IReadOnlyList<ActionItemRow>> ListOwnAsync(ProfessionalProfile actor, CancellationToken cancellationToken);

    /// <summary>Per JPP the actor chairs: overdue, open, and finished since the last meeting (each at most <see cref="MaxListed"/>).</summary>
    Task<IReadOnlyList<JppActionItems>> ListJppAsync(ProfessionalProfile actor, CancellationToken cancellationToken);

    /// <summary>The same lists for the chair's weekly overview that is sent to them: not audited as their read (the send is audited).</summary>
    Task<IReadOnlyList<JppActionItems>> ListJppForOverviewAsync(ProfessionalProfile chair, CancellationToken cancellationToken);

    /// <summary>Who owns these items (Entra object ids; no youth data), to send each owner their card.</summary>
    Task<IReadOnlyDictionary<long, string>> OwnersAsync(IReadOnlyCollection<long> itemIds, CancellationToken cancellationToken);

    const int MaxListed = 50;
}
