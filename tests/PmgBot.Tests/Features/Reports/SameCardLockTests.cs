using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using PmgBot.Core.Data;
using PmgBot.Core.Features.Reports;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Reports;

/// <summary>The advisory lock of one report card on PostgreSQL is never left behind on a pooled connection.</summary>
[Collection(PostgresServerCollection.Name)]
public sealed class SameCardLockTests(PostgresServer postgres)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DisposeAsync_UnlockSucceedsOrFails_NoAdvisoryLockStaysHeld(bool unlockFails)
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        var options = new DbContextOptionsBuilder<PostgresPmgDbContext>()
            .UseNpgsql(connectionString)
            .AddInterceptors(new FailingUnlock(unlockFails))
            .Options;
        await using (var db = new PostgresPmgDbContext(options))
        {
            var cardLock = await SameCardLock.TakeAsync(db, "kaart-1", CancellationToken.None);
            Assert.True(cardLock.Held);
            Assert.Equal(1, await AdvisoryLocksAsync(connectionString));
            if (unlockFails)
            {
                await Assert.ThrowsAsync<InvalidOperationException>(async () => await cardLock.DisposeAsync());
            }
            else
            {
                await cardLock.DisposeAsync();
            }
        }

        // A session that ended is gone from pg_locks as soon as its backend has exited: wait for that state.
        var left = await AdvisoryLocksAsync(connectionString);
        for (var i = 0; i < 50 && left != 0; i++)
        {
            await Task.Delay(100);
            left = await AdvisoryLocksAsync(connectionString);
        }

        Assert.Equal(0, left);
    }

    /// <summary>Advisory locks held in the database, counted over a connection of another pool.</summary>
    private static async Task<long> AdvisoryLocksAsync(string connectionString)
    {
        var other = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = "lock-check", Pooling = false };
        await using var connection = new NpgsqlConnection(other.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private sealed class FailingUnlock(bool fail) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            fail && command.CommandText.Contains("pg_advisory_unlock", StringComparison.Ordinal)
                ? throw new InvalidOperationException("unlock failed (test)")
                : ValueTask.FromResult(result);
    }
}
