using Microsoft.Extensions.Logging;

namespace PmgBot.Core.Access;

internal static partial class AccessLog
{
    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Access refused: {Outcome}")]
    public static partial void Refused(ILogger logger, AccessOutcome outcome);
}
