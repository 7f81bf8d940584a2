namespace PmgBot.Core.Features.Actions;

/// <summary>One action item in a list card: the case code, what (user text, in a TextRun), the due date and state, formatted.</summary>
public sealed record ActionItemRowData(long ItemId, string Code, string What, string Due, string Status, bool Overdue);
