namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>A reassignment as the card sent it (untrusted): the item, the version the card showed, the chosen new owner (Entra object id).</summary>
public sealed record ActionItemReassignInput(long ItemId, int Version, string? NewOwnerId);
