namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>
/// A change as the card sent it (untrusted): the item and the version the card showed, the note (afgerond) or reason
/// (verzetten, niet mogelijk), and for verzetten the new date (yyyy-MM-dd).
/// </summary>
public sealed record ActionItemChangeInput(long ItemId, int Version, ActionItemChangeKind Kind, string? Note, string? NewDueDate);
