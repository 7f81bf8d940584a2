namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>
/// One action item as one viewer may see it: <see cref="CanChange"/> only for its owner or a chair of its JPP while it
/// is open; <see cref="Youth"/> only when the viewer may open the youth's card. <see cref="AudienceIds"/>: the Entra
/// object ids of everyone who may look (owner, the JPP's chairs, the casusregisseur), for the card's refresh.
/// <see cref="YouthOnOpen"/>: a card that is sent, without the youth's details that this viewer gets when they open it.
/// <see cref="OwnerGone"/>: the owner is no longer active in the directory; <see cref="NewOwners"/> (only for a chair,
/// while the item is open): whom the item can be handed to.
/// </summary>
public sealed record ActionItemView(
    long Id,
    int Version,
    string Code,
    string JppId,
    string JppName,
    string What,
    DateOnly DueDate,
    ActionItemState State,
    string? StateNote,
    string OwnerId,
    string OwnerName,
    string? ChangedByName,
    DateTime? ChangedAtUtc,
    DateOnly Today,
    bool CanChange,
    ActionItemYouth? Youth,
    IReadOnlyList<string> AudienceIds,
    bool YouthOnOpen = false,
    bool OwnerGone = false,
    IReadOnlyList<DecisionPerson>? NewOwners = null)
{
    public bool IsOpen => State is ActionItemState.Open or ActionItemState.Verzet;

    public bool Overdue => IsOpen && DueDate < Today;
}
