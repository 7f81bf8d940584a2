using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Chair;

/// <summary>One level change: from, to, who (name; the id when no longer in the directory), when (UTC), why (literal user text).</summary>
public sealed record YouthLevelHistoryEntry(YouthLevel FromLevel, YouthLevel ToLevel, string ChangedByName, DateTime ChangedAtUtc, string Reason);
