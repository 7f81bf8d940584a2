using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Register;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Register;

/// <summary>The reference counters on both providers: in order, per scope, rolled back with the transaction, never handed out twice.</summary>
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
    [InlineData(17L, "PMG-J-0017")]
    [InlineData(12345L, "PMG-J-12345")]
    public void Youth_Number_FormatsCode(long number, string expected) => Assert.Equal(expected, ReferenceCodes.Youth(number));

    [Theory]
    [InlineData(2026, 42L, "PMG-2026-00042")]
    [InlineData(2027, 123456L, "PMG-2027-123456")]
    public void Report_YearAndNumber_FormatsReference(int year, long number, string expected) =>
        Assert.Equal(expected, ReferenceCodes.Report(year, number));
}
