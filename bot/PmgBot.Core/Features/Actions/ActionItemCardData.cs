using PmgBot.Cards.Data;

namespace PmgBot.Core.Features.Actions;

/// <summary>
/// Data for <c>action-item</c>: one action item for one viewer. <paramref name="RefreshUserIds"/> (≤ 60 Teams ids of the
/// owner, the JPP's chairs and the casusregisseur) makes Teams fetch the current card (<c>actionItem.open</c>) for each
/// of them. <paramref name="CanChange"/>: the owner or a chair and the item still open; everyone else a read-only view.
/// The youth's details only when the viewer may open the youth's card. Names, what and notes are shown in TextRuns.
/// <paramref name="StatusColor"/> is an Adaptive Card text color; <paramref name="NoticeStyle"/> good, warning or attention.
/// <paramref name="YouthOnOpen"/>: a sent card, whose youth details this viewer gets when they open it (a button for
/// clients that do not refresh by themselves). <paramref name="CanReassign"/>: a chair, the owner no longer active:
/// hand the item to one of <paramref name="NewOwnerChoices"/>.
/// </summary>
public sealed record ActionItemCardData(
    long ItemId,
    int Version,
    string Code,
    string JppName,
    string What,
    string Owner,
    string Due,
    string Status,
    string StatusColor,
    bool CanChange,
    IReadOnlyList<string> RefreshUserIds,
    ActionItemInputsData Inputs,
    string? YouthName = null,
    string? DateOfBirth = null,
    string? YouthLevel = null,
    string? StateNote = null,
    string? Notice = null,
    string? NoticeStyle = null,
    bool YouthOnOpen = false,
    bool CanReassign = false,
    IReadOnlyList<ChoiceData>? NewOwnerChoices = null);
