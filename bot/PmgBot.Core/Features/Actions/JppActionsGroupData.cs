namespace PmgBot.Core.Features.Actions;

/// <summary>One JPP on the chair's overview: overdue, open, and finished since <paramref name="Since"/> (the last meeting, formatted).</summary>
public sealed record JppActionsGroupData(
    string JppName,
    string Since,
    IReadOnlyList<ActionItemRowData> Overdue,
    IReadOnlyList<ActionItemRowData> Open,
    IReadOnlyList<ActionItemRowData> Done);
