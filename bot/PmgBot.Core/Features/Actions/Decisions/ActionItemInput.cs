namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>
/// One action item as the chair entered it (untrusted): owner (Entra object id), what, and the due date as a quick pick
/// (<paramref name="Due"/>) or another date (<paramref name="DueDate"/>), both yyyy-MM-dd. All empty: no item.
/// </summary>
public sealed record ActionItemInput(string? Owner, string? What, string? Due, string? DueDate)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Owner) && string.IsNullOrWhiteSpace(What)
        && string.IsNullOrWhiteSpace(Due) && string.IsNullOrWhiteSpace(DueDate);
}
