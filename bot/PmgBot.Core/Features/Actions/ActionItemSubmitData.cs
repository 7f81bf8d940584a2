namespace PmgBot.Core.Features.Actions;

/// <summary>
/// The data of the action item card's verbs, untrusted, read with <c>CardSubmitData.Read</c>: the item and the version
/// the card showed (a missing version never matches), and the inputs by their ids (<c>ActionItemFields</c>).
/// </summary>
public sealed record ActionItemSubmitData(
    int? ItemId = null,
    int? Version = null,
    string? DoneNote = null,
    string? NewDueDate = null,
    string? PostponeReason = null,
    string? NotPossibleReason = null,
    string? NewOwner = null);
