namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>
/// One action item as the chair entered it (untrusted): owner (Entra object id), what (free text, or a quick pick's code
/// in <paramref name="WhatPick"/>, <see cref="ActionPicks"/>: the text wins when both are given), and the due date as a
/// quick pick (<paramref name="Due"/>) or another date (<paramref name="DueDate"/>), both yyyy-MM-dd.
/// </summary>
public sealed record ActionItemInput(string? Owner, string? What, string? Due, string? DueDate, string? WhatPick = null)
{
    /// <summary>
    /// No item: nothing entered, or only the due date the card prefilled (<paramref name="defaultDue"/>), which every row
    /// holds. A due date the chair chose, without owner and what, is half an item (the messages for both).
    /// </summary>
    public bool IsEmpty(string? defaultDue) =>
        string.IsNullOrWhiteSpace(Owner) && string.IsNullOrWhiteSpace(What) && string.IsNullOrWhiteSpace(WhatPick)
        && string.IsNullOrWhiteSpace(DueDate) && (string.IsNullOrWhiteSpace(Due) || IsDefaultDue(defaultDue));

    /// <summary>The due pick is the one the card prefilled (untouched, or chosen again: the same date either way).</summary>
    public bool IsDefaultDue(string? defaultDue) =>
        !string.IsNullOrWhiteSpace(Due) && string.Equals(Due.Trim(), defaultDue?.Trim(), StringComparison.Ordinal);
}
