using Microsoft.Extensions.Logging;

namespace PmgBot.Core.Features.Chair;

internal static partial class ChairLog
{
    [LoggerMessage(EventId = 6201, Level = LogLevel.Warning, Message = "Casusregisseur notice not queued: {Reason}")]
    public static partial void NoticeNotQueued(ILogger logger, string reason);

    [LoggerMessage(EventId = 6202, Level = LogLevel.Error, Message = "Casusregisseur notice failed")]
    public static partial void NoticeFailed(ILogger logger, Exception exception);
}
