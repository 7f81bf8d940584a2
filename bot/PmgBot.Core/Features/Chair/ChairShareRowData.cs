namespace PmgBot.Core.Features.Chair;

/// <summary>A recorded decision to share the youth with another JPP: JPP, who, when (formatted), why (literal user text).</summary>
public sealed record ChairShareRowData(string JppName, string DecidedBy, string DecidedAt, string Reason);
