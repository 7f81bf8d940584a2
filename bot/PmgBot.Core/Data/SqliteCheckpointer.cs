using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PmgBot.Core.Data;

/// <summary>
/// Copies the SQLite write-ahead log into the database file in the background, once a second (a passive checkpoint:
/// writers and readers go on meanwhile). The connections themselves do not checkpoint
/// (<c>wal_autocheckpoint = 0</c>, <see cref="SqlitePragmaInterceptor"/>): SQLite would otherwise make the write that
/// fills the log copy and sync it to disk, and that user would wait for the disk.
/// </summary>
internal sealed class SqliteCheckpointer(IDbContextFactory<PmgDbContext> contexts, TimeProvider time, ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Interval, time, stoppingToken).ConfigureAwait(false);
                await CheckpointAsync(contexts, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                SqliteCheckpointLog.Failed(logger, ex);
            }
        }

        // On the way out: leave a short log behind.
        try
        {
            await CheckpointAsync(contexts, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            SqliteCheckpointLog.Failed(logger, ex);
        }
    }

    internal static async Task CheckpointAsync(IDbContextFactory<PmgDbContext> contexts, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(PASSIVE);", cancellationToken).ConfigureAwait(false);
        }
    }
}
