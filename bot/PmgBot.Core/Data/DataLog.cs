using Microsoft.Extensions.Logging;

namespace PmgBot.Core.Data;

internal static partial class DataLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Database ({Provider}) migrated: {Applied} migration(s) applied")]
    public static partial void Migrated(ILogger logger, DatabaseProvider provider, int applied);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Database migration at start is switched off (Database:MigrateOnStart = false)")]
    public static partial void MigrationSkipped(ILogger logger);
}
