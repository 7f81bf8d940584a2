using Microsoft.Extensions.Logging;

namespace PmgBot.Core.Features.Actions.Letters;

internal static partial class LettersLog
{
    [LoggerMessage(EventId = 6521, Level = LogLevel.Warning, Message = "Letter task notice not queued: {Reason}")]
    public static partial void NoticeNotQueued(ILogger logger, string reason);

    [LoggerMessage(EventId = 6522, Level = LogLevel.Error, Message = "Letter task notice failed")]
    public static partial void NoticeFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6523, Level = LogLevel.Information, Message = "Letter draft fetch refused: {Reason}")]
    public static partial void DownloadRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 6524, Level = LogLevel.Warning, Message = "Letter draft could not be written from the template: {Count} problem(s)")]
    public static partial void TemplateFailed(ILogger logger, int count);

    [LoggerMessage(EventId = 6526, Level = LogLevel.Error, Message = "The letter task card of task {TaskId} could not be queued for replacement")]
    public static partial void CardUpdateFailed(ILogger logger, long taskId, Exception exception);
}
