using Microsoft.Extensions.Logging;

namespace PmgBot.Jobs.Data;

/// <summary>Log of the SQLite checkpoint loop (no data).</summary>
internal static partial class SqliteCheckpointLoopLog
{
    [LoggerMessage(EventId = 1401, Level = LogLevel.Warning, Message = "SQLite checkpoint failed; trying again in a second")]
    public static partial void Failed(ILogger logger, Exception exception);
}
