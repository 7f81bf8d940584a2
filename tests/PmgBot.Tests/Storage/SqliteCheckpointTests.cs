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
        await new SqliteCheckpoint(contexts).RunAsync(default);
        var (busy, log, copied) = await ReadCheckpointAsync(db);

        Assert.Equal(0, autocheckpoint);
        Assert.True(logBytes > 0);
        Assert.Equal(0, busy);
        Assert.True(log > 0);
        Assert.Equal(log, copied);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CheckpointAsync_ReaderOfTheOldLogEndsMeanwhile_NextWriteStartsTheLogAgainOnlyPastTheMark(bool pastTheMark)
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync();
        var rows = pastTheMark ? 2_000 : 100; // about 1.5 pages each: past or well below RestartAfterFrames
        db.Municipalities.AddRange(Enumerable.Range(0, rows).Select(i => new Municipality { Id = $"m{i}", Name = new string('x', 6_000) + i }));
        await db.SaveChangesAsync();
        var contexts = (IDbContextFactory<PmgDbContext>)database.Services.GetService(typeof(IDbContextFactory<PmgDbContext>))!;

        // A reader of the old log (what a request does at any moment under load): a log it reads cannot start again.
        await using var reader = new Microsoft.Data.Sqlite.SqliteConnection(db.Database.GetConnectionString());
        await reader.OpenAsync();
        var readTransaction = reader.BeginTransaction(deferred: true); // a read transaction, not BEGIN IMMEDIATE
        await using (var read = reader.CreateCommand())
        {
            read.CommandText = "SELECT count(*) FROM \"Municipalities\";";
            Assert.Equal((long)rows, (long)(await read.ExecuteScalarAsync())!);
        }

        // Past the mark the reader ends by itself after a moment (the checkpoint should wait for it); below the mark it
        // ends only when the test lets it, after the next write, so a slow machine cannot end it early.
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var readerEnds = Task.Run(async () =>
        {
            await (pastTheMark ? Task.Delay(50) : release.Task);
            await readTransaction.CommitAsync();
        });
        var result = await SqliteCheckpoint.CheckpointAsync(contexts, 5_000, default);
        var waitedForTheReader = readerEnds.IsCompleted;
        db.Municipalities.Add(new Municipality { Id = "after", Name = "Na de checkpoint" });
        await db.SaveChangesAsync();
        var (_, log, _) = await ReadCheckpointAsync(db);
        release.TrySetResult();
        await readerEnds;

        Assert.False(result.Busy);
        Assert.Equal(pastTheMark, result.LogFrames > SqliteCheckpoint.RestartAfterFrames);
        Assert.Equal(pastTheMark, waitedForTheReader);
        if (pastTheMark)
        {
            // Past the mark the job waited until no reader used the old log: the next write started it again.
            Assert.InRange(log, 1, 20);
        }
        else
        {
            // Below the mark it leaves the log to SQLite and waits for no one: the reader still held it, so it grew.
            Assert.True(log > result.LogFrames, $"log {log}, before {result.LogFrames}");
        }
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
