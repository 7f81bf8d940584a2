namespace PmgBot.Core.Features.Chair;

/// <summary>One level change: level titles, who (name), when (formatted, Europe/Amsterdam), why (literal user text).</summary>
public sealed record ChairHistoryRowData(string FromLevel, string ToLevel, string ChangedBy, string ChangedAt, string Reason);
