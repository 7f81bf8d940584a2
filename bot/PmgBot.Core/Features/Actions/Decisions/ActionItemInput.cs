namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>
/// One action item as the chair entered it (untrusted): owner (Entra object id), what (free text, or a quick pick's code
/// in <paramref name="WhatPick"/>, <see cref="ActionPicks"/>: the text wins when both are given), and the due date as a
/// quick pick (<paramref name="Due"/>) or another date (<paramref name="DueDate"/>), both yyyy-MM-dd. All empty: no item.
/// </summary>
public sealed record ActionItemInput(string? Owner, string? What, string? Due, string? DueDate, string? WhatPick = null)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Owner) && string.IsNullOrWhiteSpace(What) && string.IsNullOrWhiteSpace(WhatPick)
        && string.IsNullOrWhiteSpace(Due) && string.IsNullOrWhiteSpace(DueDate);
}
