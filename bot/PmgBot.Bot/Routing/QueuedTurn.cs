using PmgBot.Core.Protocol;

namespace PmgBot.Bot.Routing;

/// <summary>
/// A message-like activity stored in the inbox (<paramref name="TurnId"/>), waiting to be processed off the request
/// path. <paramref name="DedupKey"/> is the in-memory redelivery key; <paramref name="Attempt"/> counts the tries
/// in this process (a try that met a database outage is repeated).
/// </summary>
public sealed record QueuedTurn(Activity Activity, string CorrelationId, string DedupKey, Guid TurnId, int Attempt = 1);
