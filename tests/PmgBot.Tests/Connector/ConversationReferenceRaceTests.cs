using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PmgBot.Core.Conversations;
using PmgBot.Core.Data;
using PmgBot.Core.Protocol;
using PmgBot.Tests.Auth;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Connector;

/// <summary>
/// The first install delivers a conversationUpdate and an installationUpdate at once, and both store the same
/// conversation reference. The race for the row ends in one row, on both providers, and nothing is logged as an error
/// (EF Core logs a failed save at Error before any catch can handle it; the store upserts in the database instead).
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class ConversationReferenceRaceTests : IDisposable
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private const string User = "00000000-0000-0000-0000-00000000000a";

    private readonly PostgresServer _postgres;
    private readonly CapturingLoggerProvider _logs = new();
    private readonly ILoggerFactory _loggerFactory;

    public ConversationReferenceRaceTests(PostgresServer postgres)
    {
        _postgres = postgres;
        _loggerFactory = LoggerFactory.Create(logging => logging.AddProvider(_logs).SetMinimumLevel(LogLevel.Information));
    }

    public void Dispose() => _loggerFactory.Dispose();

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task SaveAsync_RowInsertedByAnotherWriterJustBefore_UpdatesThatRowAndLogsNoError(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, _postgres);
        var interceptor = new BeforeInsertInto("ConversationReferences");
        interceptor.Arm(async () =>
        {
            await using var other = Context(database, null);
            other.ConversationReferences.Add(new StoredConversationReference
            {
                ConversationId = "a:personal", ServiceUrl = "https://old.example/", TenantId = "tenant-1", UserId = "29:other-id",
                UserAadObjectId = User, BotId = "28:bot", ChannelId = "msteams", ConversationType = null, UpdatedAtUtc = database.Clock.GetUtcNow().UtcDateTime,
            });
            await other.SaveChangesAsync();
        });
        database.Clock.Now += TimeSpan.FromSeconds(1);

        await using (var db = Context(database, interceptor))
        {
            await Store(db, database.Clock).SaveAsync(
                new ConversationReference(ServiceUrl, "a:personal", TenantId: null, "29:user", User, BotId: null, "msteams", ConversationTypes.Personal),
                CancellationToken.None);
        }

        Assert.True(interceptor.Ran);
        await using var read = database.CreateContext();
        var row = Assert.Single(read.ConversationReferences);
        Assert.Equal(
            (ServiceUrl, "tenant-1", "29:user", "28:bot", "msteams", (string?)ConversationTypes.Personal, database.Clock.GetUtcNow().UtcDateTime),
            (row.ServiceUrl, row.TenantId, row.UserId, row.BotId, row.ChannelId, row.ConversationType, row.UpdatedAtUtc));
        Assert.DoesNotContain(_logs.Events, e => e.Level >= LogLevel.Error);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task SaveAsync_SixWritersAtOnceTenTimes_OneRowEachAndNoErrorLogged(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, _postgres);

        for (var round = 0; round < 10; round++)
        {
            var conversation = $"a:personal-{round}";
            using var start = new SemaphoreSlim(0);
            var writers = Enumerable.Range(0, 6).Select(async writer =>
            {
                await start.WaitAsync();
                await using var db = Context(database, null);
                await Store(db, database.Clock).SaveAsync(
                    new ConversationReference(ServiceUrl, conversation, "tenant-1", "29:user", User, "28:bot", "msteams", ConversationTypes.Personal),
                    CancellationToken.None);
            }).ToList();
            start.Release(6);
            await Task.WhenAll(writers);
        }

        await using var read = database.CreateContext();
        Assert.Equal(10, await read.ConversationReferences.CountAsync());
        Assert.Equal(10, await read.ConversationReferences.Select(r => r.ConversationId).Distinct().CountAsync());
        Assert.DoesNotContain(_logs.Events, e => e.Level >= LogLevel.Error);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task SaveAsync_NoUserTwice_OneRowUpdated(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, _postgres);
        var reference = new ConversationReference(ServiceUrl, "19:group@thread.v2", "tenant-1", null, null, "28:bot", "msteams", ConversationTypes.GroupChat);

        await using (var db = Context(database, null))
        {
            await Store(db, database.Clock).SaveAsync(reference, CancellationToken.None);
        }

        database.Clock.Now += TimeSpan.FromMinutes(11);
        await using (var db = Context(database, null))
        {
            await Store(db, database.Clock).SaveAsync(reference with { TenantId = null, UserId = "29:someone" }, CancellationToken.None);
        }

        await using var read = database.CreateContext();
        var row = Assert.Single(read.ConversationReferences);
        Assert.Equal(("tenant-1", "29:someone", database.Clock.GetUtcNow().UtcDateTime), (row.TenantId, row.UserId, row.UpdatedAtUtc));
    }

    private ConversationReferenceStore Store(PmgDbContext db, TimeProvider clock) =>
        new(db, new RecentConversationReferences(clock), clock, NullLogger<ConversationReferenceStore>.Instance);

    /// <summary>A context configured as the product configures it, logging into the capture, with <paramref name="first"/> before the product's interceptors.</summary>
    private PmgDbContext Context(TestDatabase database, IInterceptor? first)
    {
        var options = new DatabaseOptions { ConnectionString = database.ConnectionString };
        if (database.Provider == StorageProvider.Postgres)
        {
            var builder = new DbContextOptionsBuilder<PostgresPmgDbContext>().UseLoggerFactory(_loggerFactory);
            DataServiceCollectionExtensions.ConfigurePostgres(first is null ? builder : builder.AddInterceptors(first), options);
            return new PostgresPmgDbContext(builder.Options);
        }

        var sqlite = new DbContextOptionsBuilder<SqlitePmgDbContext>().UseLoggerFactory(_loggerFactory);
        DataServiceCollectionExtensions.ConfigureSqlite(first is null ? sqlite : sqlite.AddInterceptors(first), options, database.ContentRoot);
        return new SqlitePmgDbContext(sqlite.Options);
    }
}
