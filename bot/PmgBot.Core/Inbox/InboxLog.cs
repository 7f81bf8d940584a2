using Microsoft.Extensions.Logging;

namespace PmgBot.Core.Inbox;

internal static partial class InboxLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Inbox write failed ({Appends} new turns answered 503, {Completions} completions kept for the next try).")]
    public static partial void WriteFailed(ILogger logger, Exception exception, int appends, int completions);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Inbox batch of {Appends} new turns and {Completions} completions failed; writing them one by one.")]
    public static partial void BatchFailed(ILogger logger, Exception exception, int appends, int completions);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning, Message = "A turn was not stored within the inbox write timeout; answered 503.")]
    public static partial void AppendTimedOut(ILogger logger);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Information, Message = "Inbox recovery took over {Count} unfinished turns.")]
    public static partial void TookOver(ILogger logger, int count);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Error, Message = "Inbox turn {TurnId} given up after {Attempts} take-overs (it did not finish each time).")]
    public static partial void Abandoned(ILogger logger, Guid turnId, int attempts);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Debug, Message = "Inbox purge removed {Count} done turns.")]
    public static partial void Purged(ILogger logger, int count);

    [LoggerMessage(EventId = 7007, Level = LogLevel.Debug, Message = "Inbox batch written: {Appends} new turns, {Completions} done, in {ElapsedMs} ms.")]
    public static partial void BatchWritten(ILogger logger, int appends, int completions, double elapsedMs);
}
