namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>The chair's overview of one JPP: open items past their due date, the other open items, and those finished since the last meeting.</summary>
public sealed record JppActionItems(
    string JppId,
    string JppName,
    DateTime? LastMeetingUtc,
    IReadOnlyList<ActionItemRow> Overdue,
    IReadOnlyList<ActionItemRow> Open,
    IReadOnlyList<ActionItemRow> Done);
