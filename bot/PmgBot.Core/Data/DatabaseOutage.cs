using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace PmgBot.Core.Data;

/// <summary>
/// Tells a failure of the database itself (server down or restarting, connection lost, pool exhausted (a timeout), the file
/// locked or unwritable) from a fault in the request or the code. An outage is worth trying again later; the user
/// should not be told that their request failed because of it.
/// </summary>
public static class DatabaseOutage
{
    // SQLite: BUSY, LOCKED, IOERR, FULL, CANTOPEN.
    private static readonly HashSet<int> SqliteOutageCodes = [5, 6, 10, 13, 14];

    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg:
                    return IsOutageState(pg.SqlState);
                case NpgsqlException npgsql when npgsql.IsTransient:
                case SocketException:
                case TimeoutException:
                    return true;
                case SqliteException sqlite:
                    return SqliteOutageCodes.Contains(sqlite.SqliteErrorCode);
            }
        }

        return false;
    }

    /// <summary>Connection exceptions (08), insufficient resources (53), operator intervention (57: shutdown, cannot connect now).</summary>
    private static bool IsOutageState(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal)
        || sqlState.StartsWith("53", StringComparison.Ordinal)
        || sqlState.StartsWith("57P", StringComparison.Ordinal)
        || sqlState == PostgresErrorCodes.SerializationFailure
        || sqlState == PostgresErrorCodes.DeadlockDetected;
}
