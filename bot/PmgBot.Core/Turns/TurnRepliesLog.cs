using Microsoft.Extensions.Logging;

namespace PmgBot.Core.Turns;

/// <summary>Log messages of sending a turn's replies. Never message text, names or ids of people.</summary>
internal static partial class TurnRepliesLog
{
    [LoggerMessage(EventId = 1111, Level = LogLevel.Information, Message = "Reply deferred to the outbox (conversation at its Teams limit or throttled)")]
    public static partial void ReplyDeferred(ILogger logger);
}
