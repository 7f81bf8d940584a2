using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Audit;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Storage;

[Collection(PostgresServerCollection.Name)]
public sealed class AuditLogTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RecordAsync_Event_IsStoredWithClockTime(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        var audit = database.Services.GetRequiredService<IAuditLog>();

        await audit.RecordAsync("aad-1", AuditActions.DirectoryImport, "directory", "file-1", AuditOutcomes.Success, "added=3", CancellationToken.None);

        await using var context = database.CreateContext();
        var stored = await context.AuditEvents.SingleAsync();
        Assert.Equal(database.Clock.Now.UtcDateTime, stored.AtUtc);
        Assert.Equal(DateTimeKind.Utc, stored.AtUtc.Kind);
        Assert.Equal(("aad-1", "directory.import", "directory", "file-1", "success", "added=3"),
            (stored.Actor, stored.Action, stored.RecordType, stored.RecordId, stored.Outcome, stored.Detail));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RecordAsync_OverlongOrBlankActor_IsCutToColumnOrAnonymous(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        var audit = database.Services.GetRequiredService<IAuditLog>();

        await audit.RecordAsync(new string('x', 300), "a", null, null, "ok", new string('d', 900), CancellationToken.None);
        await audit.RecordAsync("  ", "b", null, null, "ok", null, CancellationToken.None);

        await using var context = database.CreateContext();
        var events = await context.AuditEvents.OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(new string('x', 64), events[0].Actor);
        Assert.Equal(500, events[0].Detail!.Length);
        Assert.Equal(AuditActors.Anonymous, events[1].Actor);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task SaveChanges_ModifiedOrDeletedAuditEvent_IsRefusedByContext(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await database.Services.GetRequiredService<IAuditLog>().RecordAsync("aad-1", "a", null, null, "ok", null, CancellationToken.None);

        await using var context = database.CreateContext();
        var stored = await context.AuditEvents.SingleAsync();
        stored.Outcome = "changed";
        var update = await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync());
        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);

        context.ChangeTracker.Clear();
        context.AuditEvents.Remove(await context.AuditEvents.SingleAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync());

        await using var check = database.CreateContext();
        Assert.Equal("ok", (await check.AuditEvents.SingleAsync()).Outcome);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task ExecuteUpdateAndDelete_AuditEvents_AreRefusedByDatabaseTrigger(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await database.Services.GetRequiredService<IAuditLog>().RecordAsync("aad-1", "a", null, null, "ok", null, CancellationToken.None);
        await using var context = database.CreateContext();

        var update = await Assert.ThrowsAnyAsync<Exception>(() => context.AuditEvents.ExecuteUpdateAsync(s => s.SetProperty(e => e.Outcome, "changed")));
        var delete = await Assert.ThrowsAnyAsync<Exception>(() => context.AuditEvents.ExecuteDeleteAsync());

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        await using var check = database.CreateContext();
        Assert.Equal("ok", (await check.AuditEvents.SingleAsync()).Outcome);
    }

    [Fact]
    public async Task Truncate_AuditEvents_IsRefusedByPostgresTrigger()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Postgres, postgres);
        await database.Services.GetRequiredService<IAuditLog>().RecordAsync("aad-1", "a", null, null, "ok", null, CancellationToken.None);
        await using var context = database.CreateContext();

        var truncate = await Assert.ThrowsAnyAsync<Exception>(() => context.Database.ExecuteSqlRawAsync("TRUNCATE \"AuditEvents\""));

        Assert.Contains("append-only", truncate.Message, StringComparison.Ordinal);
        Assert.Equal(1, await context.AuditEvents.CountAsync());
    }
}
