namespace PmgBot.Core.Inbox;

/// <summary>
/// An unfinished turn taken over by this process (after a crash, a restart, or another process's lease ran out).
/// Its first <paramref name="RepliesSent"/> replies were already on their way.
/// </summary>
public sealed record RecoveredTurn(Guid Id, string ActivityJson, string CorrelationId, DateTime LeaseUntilUtc, int RepliesSent);
