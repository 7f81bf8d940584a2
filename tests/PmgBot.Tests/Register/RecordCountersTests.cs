using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Register;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Register;

/// <summary>
/// The reference counters on both providers: in order, per scope, never handed out twice; inside the caller's transaction
/// rolled back with it, or committed on their own (a gap when the caller's work fails).
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class RecordCountersTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task NextAsync_TwoScopes_CountEachFromOne(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await using var db = database.CreateContext();
        var counters = new RecordCounters(db);

        var youth = new[] { await counters.NextAsync("youth", default), await counters.NextAsync("youth", default), await counters.NextAsync("youth", default) };
        var report = await counters.NextAsync(ReferenceCodes.ReportScope(2026), default);

        Assert.Equal([1L, 2L, 3L], youth);
        Assert.Equal(1L, report);
        Assert.Equal(3L, (await db.RecordCounters.AsNoTracking().SingleAsync(c => c.Scope == "youth")).Value);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task NextAsync_TransactionRolledBack_NumberIsGivenAgain(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await using var db = database.CreateContext();
        var counters = new RecordCounters(db);
        await counters.NextAsync("youth", default);

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            Assert.Equal(2L, await counters.NextAsync("youth", default));
            await transaction.RollbackAsync();
        }

        Assert.Equal(2L, await counters.NextAsync("youth", default));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task NextAsync_TwentyConcurrentTransactions_AllNumbersDistinct(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);

        var numbers = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            await using var db = database.CreateContext();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var number = await new RecordCounters(db).NextAsync("report-2026", default);
            await transaction.CommitAsync();
            return number;
        }));

        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), numbers.Order());
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task NextCommittedAsync_TwentyConcurrentCallers_AllNumbersDistinct(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);

        var numbers = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            await using var db = database.CreateContext();
            return await new RecordCounters(db).NextCommittedAsync("report-2026", default);
        }));

        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), numbers.Order());
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task NextCommittedAsync_CallerRollsBackItsOwnWork_NumberStaysUsed(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await using var db = database.CreateContext();
        var counters = new RecordCounters(db);

        Assert.Equal(1L, await counters.NextCommittedAsync("youth", default));
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await transaction.RollbackAsync();
        }

        Assert.Equal(2L, await counters.NextCommittedAsync("youth", default));
        await using var other = database.CreateContext();
        Assert.Equal(2L, (await other.RecordCounters.AsNoTracking().SingleAsync(c => c.Scope == "youth")).Value);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task NextCommittedAsync_InsideTransaction_Throws(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => new RecordCounters(db).NextCommittedAsync("youth", default));
    }

    [Fact]
    public async Task NextCommittedAsync_EarlierCallerStillInItsTransaction_DoesNotWait()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Postgres, postgres);
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        Assert.Equal(1L, await new RecordCounters(first).NextCommittedAsync("report-2026", default));
        await using var firstWork = await first.Database.BeginTransactionAsync();

        // A guard against a hang, not a timing: with NextAsync inside the first transaction this would wait for it.
        var next = await new RecordCounters(second).NextCommittedAsync("report-2026", default).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2L, next);
    }

    [Theory]
    [InlineData(17L, "PMG-J-0017")]
    [InlineData(12345L, "PMG-J-12345")]
    public void Youth_Number_FormatsCode(long number, string expected) => Assert.Equal(expected, ReferenceCodes.Youth(number));

    [Theory]
    [InlineData(2026, 42L, "PMG-2026-00042")]
    [InlineData(2027, 123456L, "PMG-2027-123456")]
    public void Report_YearAndNumber_FormatsReference(int year, long number, string expected) =>
        Assert.Equal(expected, ReferenceCodes.Report(year, number));
}
