using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace PmgBot.Core.Data;

/// <summary>
/// Copies the SQLite write-ahead log into the database file (a passive checkpoint: writers and readers go on
/// meanwhile). Run every second by the checkpoint loop (<c>jobs/PmgBot.Jobs/Data</c>); the connections themselves do not
/// checkpoint (<c>wal_autocheckpoint = 0</c>, <see cref="SqlitePragmaInterceptor"/>): SQLite would otherwise make the
/// write that fills the log copy and sync it to disk, and that user would wait for the disk. What a run copies is
/// whatever the log holds, so a missed run is caught up by the next and a run with nothing new copies nothing.
/// </summary>
/// <remarks>
/// SQLite starts the log again from its beginning only when a write begins after a checkpoint copied all of it. Under
/// steady writes that moment never comes (a write always lands between the copy and the next write), and the log grew
/// without end: 2.7 GB in a few minutes of 100 reports a second, every read searching a longer log index and every
/// write appending to new disk blocks. So when the log is still longer than <see cref="RestartAfterFrames"/> after the
/// passive copy, the checkpoint takes the write gate (<see cref="SqliteWriteGate"/>: the bot's writers wait in the
/// queue, as behind any write) and restarts the log (<c>wal_checkpoint(RESTART)</c>: copies the little written since,
/// waits at most <see cref="RestartBusyTimeoutMilliseconds"/> for readers of the old log); the next commit truncates
/// the file to the <c>journal_size_limit</c> set per connection.
/// </remarks>
public sealed class SqliteCheckpoint(IDbContextFactory<PmgDbContext> contexts)
{
    /// <summary>A log longer than this after the passive copy (4 MB at 4 KB pages) is restarted under the write gate.</summary>
    public const int RestartAfterFrames = 1024;

    /// <summary>How long the restart waits for readers of the old log (while the bot's writers wait for the gate).</summary>
    public const int RestartBusyTimeoutMilliseconds = 100;

    /// <summary>One checkpoint of the bot's database.</summary>
    public Task<SqliteCheckpointResult> RunAsync(CancellationToken cancellationToken) =>
        CheckpointAsync(contexts, RestartBusyTimeoutMilliseconds, cancellationToken);

    /// <summary>
    /// One checkpoint: the passive copy, then a restart of the log under the write gate when it stayed long, waiting up
    /// to <paramref name="restartBusyTimeoutMilliseconds"/> for readers (tests give it longer).
    /// </summary>
    internal static async Task<SqliteCheckpointResult> CheckpointAsync(
        IDbContextFactory<PmgDbContext> contexts, int restartBusyTimeoutMilliseconds, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var connection = db.Database.GetDbConnection();
            var passive = await PragmaAsync(connection, "PRAGMA wal_checkpoint(PASSIVE);", cancellationToken).ConfigureAwait(false);
            if (passive.LogFrames <= RestartAfterFrames)
            {
                return passive;
            }

            await SqliteWriteGate.EnterAsync(connection, cancellationToken).ConfigureAwait(false);
            try
            {
                await SetBusyTimeoutAsync(connection, restartBusyTimeoutMilliseconds, cancellationToken).ConfigureAwait(false);
                return await PragmaAsync(connection, "PRAGMA wal_checkpoint(RESTART);", cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                // The connection goes back to the pool: with its usual busy timeout.
                await SetBusyTimeoutAsync(connection, SqlitePragmaInterceptor.BusyTimeoutMilliseconds, CancellationToken.None).ConfigureAwait(false);
                SqliteWriteGate.Exit(connection);
            }
        }
    }

    private static async Task SetBusyTimeoutAsync(DbConnection connection, int milliseconds, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {milliseconds};");
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<SqliteCheckpointResult> PragmaAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = sql;
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    return new SqliteCheckpointResult(reader.GetInt64(0) != 0, reader.GetInt64(1), reader.GetInt64(2));
                }
            }
        }

        throw new InvalidOperationException("wal_checkpoint returned no result.");
    }
}
