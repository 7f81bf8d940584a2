using PmgBot.Core.Protocol;

namespace PmgBot.Bot.Routing;

/// <summary>A message-like activity accepted by the endpoint and waiting to be processed off the request path.</summary>
public sealed record QueuedTurn(Activity Activity, string CorrelationId, string DedupKey);
