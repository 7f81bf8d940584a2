using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Storage;

/// <summary>
/// SQLite connections leave the write-ahead log alone (no write waits for a checkpoint); the checkpoint job copies it
/// into the database file.
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class SqliteCheckpointTests(PostgresServer postgres)
{
    [Fact]
    public async Task Connections_NoAutomaticCheckpointTheJobCopiesTheLog()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);
        await using var db = database.CreateContext();
        // Kept open to the end: when the last connection to a file closes (other tests clear the pools), SQLite
        // checkpoints and removes the log itself.
        await db.Database.OpenConnectionAsync();
        long autocheckpoint;
        await using (var command = db.Database.GetDbConnection().CreateCommand())
        {
            command.CommandText = "PRAGMA wal_autocheckpoint;";
            autocheckpoint = (long)(await command.ExecuteScalarAsync())!;
        }

        db.Municipalities.AddRange(Enumerable.Range(0, 200).Select(i => new Municipality { Id = $"m{i}", Name = new string('x', 300) + i }));
        await db.SaveChangesAsync();
        var logFile = db.Database.GetDbConnection().DataSource + "-wal";
        var logBytes = new FileInfo(logFile).Length;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // what a parallel test may do at any moment

        var contexts = (IDbContextFactory<PmgDbContext>)database.Services.GetService(typeof(IDbContextFactory<PmgDbContext>))!;
        await SqliteCheckpointer.CheckpointAsync(contexts, default);
        var (busy, log, copied) = await ReadCheckpointAsync(db);

        Assert.Equal(0, autocheckpoint);
        Assert.True(logBytes > 0);
        Assert.Equal(0, busy);
        Assert.True(log > 0);
        Assert.Equal(log, copied);
    }

    private static async Task<(long Busy, long Log, long Copied)> ReadCheckpointAsync(PmgDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }
}
