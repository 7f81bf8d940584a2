namespace PmgBot.Core.Features.Chair;

/// <summary>A recorded decision to share the youth with another JPP.</summary>
public sealed record YouthShareEntry(string JppId, string JppName, string DecidedByName, DateTime DecidedAtUtc, string Reason);
