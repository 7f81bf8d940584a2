using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PmgBot.Core.Data;

/// <summary>
/// Sets a busy timeout and the WAL journal on every SQLite connection, so the outbox dispatcher and request
/// handling can read while the other writes, and a writer waits for the lock instead of failing at once; the log is
/// copied into the database by <see cref="SqliteCheckpoint"/>, not by whichever write fills it. Once per
/// physical connection: Microsoft.Data.Sqlite pools them and EF opens one per query, so the pragmas would otherwise be
/// parsed and run before every query.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public static readonly SqlitePragmaInterceptor Instance = new();

    /// <summary>How long a connection waits for a write lock held by another connection.</summary>
    public const int BusyTimeoutMilliseconds = 10_000;

    /// <summary>
    /// mmap_size: pages are read from the OS page cache through a memory map (shared by all connections) instead of a
    /// read() call into each connection's own small page cache; up to 256 MiB of the file. journal_size_limit: when the
    /// log starts again from its beginning (<see cref="SqliteCheckpoint"/>), the next commit cuts a longer file to
    /// 64 MiB (a steady load reuses that much; a burst does not leave a large file behind).
    /// </summary>
    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 0; PRAGMA mmap_size = 268435456; PRAGMA journal_size_limit = 67108864;";

    private static readonly ConditionalWeakTable<object, object> Prepared = new();

    private SqlitePragmaInterceptor()
    {
    }

    /// <summary>True the first time a physical connection (its native handle) is seen.</summary>
    private static bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || Prepared.TryAdd(handle, Prepared);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!IsNew(connection))
        {
            return;
        }
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!IsNew(connection))
        {
            return;
        }
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
