namespace PmgBot.Core.Inbox;

/// <summary>An unfinished turn taken over by this process (after a crash, a restart, or another process's lease ran out).</summary>
public sealed record RecoveredTurn(Guid Id, string ActivityJson, string CorrelationId, DateTime LeaseUntilUtc);
