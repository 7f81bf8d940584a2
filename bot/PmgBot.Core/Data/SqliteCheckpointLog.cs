using Microsoft.Extensions.Logging;

namespace PmgBot.Core.Data;

/// <summary>Log of the SQLite checkpoint job (no data).</summary>
internal static partial class SqliteCheckpointLog
{
    [LoggerMessage(EventId = 1401, Level = LogLevel.Warning, Message = "SQLite checkpoint failed; trying again in a second")]
    public static partial void Failed(ILogger logger, Exception exception);
}
