using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Storage;

/// <summary>
/// SQLite writers queue in the process (<see cref="SqliteWriteGate"/>): a second writer waits while a transaction is
/// open and goes the moment it ends (commit, rollback, or disposed without either); nothing stays held afterwards.
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class SqliteWriteGateTests(PostgresServer postgres)
{
    [Theory]
    [InlineData("INSERT INTO \"Jpps\" VALUES (1)", true)]
    [InlineData("  update \"Reports\" SET x = 1", true)]
    [InlineData("\nDELETE FROM \"OutboxMessages\"", true)]
    [InlineData("REPLACE INTO x VALUES (1)", true)]
    [InlineData("SELECT COUNT(*) FROM \"Reports\"", false)]
    [InlineData("PRAGMA busy_timeout = 10000", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void StartsWithWrite_Statement_TellsWrites(string? sql, bool write) =>
        Assert.Equal(write, SqliteWriteGateInterceptor.StartsWithWrite(sql));

    public enum TransactionEnd
    {
        Commit,
        Rollback,
        DisposeOnly,
    }

    [Theory]
    [InlineData(TransactionEnd.Commit)]
    [InlineData(TransactionEnd.Rollback)]
    [InlineData(TransactionEnd.DisposeOnly)]
    public async Task LoneWrite_WhileAnotherTransactionIsOpen_WaitsAndGoesWhenItEnds(TransactionEnd end)
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();

        var transaction = await first.Database.BeginTransactionAsync();
        first.Municipalities.Add(new Municipality { Id = "heerlen", Name = "Heerlen" });
        await first.SaveChangesAsync();
        second.Municipalities.Add(new Municipality { Id = "brunssum", Name = "Brunssum" });
        var waiting = second.SaveChangesAsync();
        var waitedWhileOpen = !await Completes(waiting, TimeSpan.FromMilliseconds(300));
        switch (end)
        {
            case TransactionEnd.Commit:
                await transaction.CommitAsync();
                break;
            case TransactionEnd.Rollback:
                await transaction.RollbackAsync();
                break;
        }

        await transaction.DisposeAsync();
        await waiting;

        Assert.True(waitedWhileOpen);
        Assert.False(SqliteWriteGate.Holds(first.Database.GetDbConnection()));
        Assert.False(SqliteWriteGate.Holds(second.Database.GetDbConnection()));
        await using var check = database.CreateContext();
        var expected = end == TransactionEnd.Commit ? new[] { "brunssum", "heerlen" } : ["brunssum"];
        Assert.Equal(expected, await check.Municipalities.Select(m => m.Id).OrderBy(i => i).ToListAsync());
    }

    [Fact]
    public async Task ManyWritersAtOnce_AllStoredNothingHeldAfterwards()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);

        await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            await using var db = database.CreateContext();
            if (i % 2 == 0)
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                db.Municipalities.Add(new Municipality { Id = $"m{i}", Name = $"M {i}" });
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
            }
            else
            {
                db.Municipalities.Add(new Municipality { Id = $"m{i}", Name = $"M {i}" });
                await db.SaveChangesAsync();
                await db.Municipalities.Where(m => m.Id == $"m{i}").ExecuteUpdateAsync(s => s.SetProperty(m => m.Name, $"N {i}"));
            }
        }));

        await using var check = database.CreateContext();
        Assert.Equal(40, await check.Municipalities.CountAsync());
        Assert.Equal(20, await check.Municipalities.CountAsync(m => m.Name.StartsWith("N ")));
        await using var after = database.CreateContext();
        await using var transaction = await after.Database.BeginTransactionAsync();
        Assert.True(SqliteWriteGate.Holds(after.Database.GetDbConnection()));
    }

    private static async Task<bool> Completes(Task task, TimeSpan within) => await Task.WhenAny(task, Task.Delay(within)) == task;
}
