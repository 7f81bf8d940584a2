namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>One action item in a list ("mijn acties", the chair's overview): codes, what, due date, state.</summary>
public sealed record ActionItemRow(long Id, string Code, string What, DateOnly DueDate, ActionItemState State, string OwnerName, DateTime? ChangedAtUtc);
