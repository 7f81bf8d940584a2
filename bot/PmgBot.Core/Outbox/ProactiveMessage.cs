using PmgBot.Core.Protocol;

namespace PmgBot.Core.Outbox;

/// <summary>One message for <see cref="IProactiveMessenger.SendToUsersAsync"/>: to whom (Entra object id), what, its dedup key.</summary>
public sealed record ProactiveMessage(string UserAadObjectId, Activity Activity, string? DedupKey);
