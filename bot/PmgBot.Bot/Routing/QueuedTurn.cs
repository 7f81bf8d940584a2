using PmgBot.Core.Protocol;
using PmgBot.Core.Turns;

namespace PmgBot.Bot.Routing;

/// <summary>
/// A message-like activity stored in the inbox (<paramref name="TurnId"/>), waiting to be processed off the request
/// path. <paramref name="DedupKey"/> is the in-memory redelivery key; <paramref name="Attempt"/> counts the tries in
/// this process (a try that met a database outage is repeated). <paramref name="Progress"/>: the replies already on
/// their way. <paramref name="Recovered"/>: taken over after a crash or restart, or tried again, so its remaining
/// replies go through the outbox.
/// </summary>
public sealed record QueuedTurn(Activity Activity, string CorrelationId, string DedupKey, Guid TurnId, TurnProgress Progress, int Attempt = 1, bool Recovered = false);
