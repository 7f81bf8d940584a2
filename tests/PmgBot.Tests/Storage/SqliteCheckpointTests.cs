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
        await db.Database.OpenConnectionAsync();
        long autocheckpoint;
        await using (var command = db.Database.GetDbConnection().CreateCommand())
        {
            command.CommandText = "PRAGMA wal_autocheckpoint;";
            autocheckpoint = (long)(await command.ExecuteScalarAsync())!;
        }

        db.Municipalities.AddRange(Enumerable.Range(0, 200).Select(i => new Municipality { Id = $"m{i}", Name = new string('x', 300) + i }));
        await db.SaveChangesAsync();
        await db.Database.CloseConnectionAsync();

        var contexts = (IDbContextFactory<PmgDbContext>)database.Services.GetService(typeof(IDbContextFactory<PmgDbContext>))!;
        await SqliteCheckpointer.CheckpointAsync(contexts, default);
        await using var check = database.CreateContext();
        await check.Database.OpenConnectionAsync();
        var (busy, log, copied) = await ReadCheckpointAsync(check);

        Assert.Equal(0, autocheckpoint);
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
