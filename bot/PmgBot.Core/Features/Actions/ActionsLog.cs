using Microsoft.Extensions.Logging;

namespace PmgBot.Core.Features.Actions;

internal static partial class ActionsLog
{
    [LoggerMessage(EventId = 6501, Level = LogLevel.Warning, Message = "Action item notice not queued: {Reason}")]
    public static partial void NoticeNotQueued(ILogger logger, string reason);

    [LoggerMessage(EventId = 6502, Level = LogLevel.Error, Message = "Action item notices failed")]
    public static partial void NoticesFailed(ILogger logger, Exception exception);
}
