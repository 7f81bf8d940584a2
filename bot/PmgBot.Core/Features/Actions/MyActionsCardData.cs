namespace PmgBot.Core.Features.Actions;

/// <summary>Data for <c>my-actions</c> ("mijn acties"): the user's open items, earliest due date first, at most <paramref name="Max"/>.</summary>
public sealed record MyActionsCardData(IReadOnlyList<ActionItemRowData> Items, int Max);
