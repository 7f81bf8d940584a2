using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Time.Testing;
using PmgBot.Core.Data;
using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;
using PmgBot.Jobs;
using PmgBot.Jobs.Outbox;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Outbox;

/// <summary>
/// The outbox on both providers, on the migrated schema and wired as the bot wires it (AddPmgData + AddPmgJobs):
/// dedup, two dispatchers racing for the same messages, and the exact Retry-After surviving the round trip
/// through the database (PostgreSQL keeps microseconds).
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class OutboxProviderTests(PostgresServer postgres) : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero).AddTicks(1234567));
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "pmgbot-outbox-" + Guid.NewGuid().ToString("N")[..10]);
    private readonly List<string> _postgresDatabases = [];
    private FakeConnectorServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeConnectorServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        foreach (var connectionString in _postgresDatabases)
        {
            await postgres.DropDatabaseAsync(connectionString);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(_contentRoot, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task RunOnceAsync_TwoDispatchersRacing_EachMessageSentOnce(StorageProvider provider)
    {
        await using var services = await BuildAsync(provider);
        var markers = Enumerable.Range(0, 24).Select(i => "m" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        foreach (var marker in markers)
        {
            await EnqueueAsync(services, "a:user-" + (marker[^1] % 6).ToString(System.Globalization.CultureInfo.InvariantCulture), marker);
        }

        await EnqueueAsync(services, "a:user-0", markers[0]);

        await Task.WhenAll(RunAsync(services), RunAsync(services), RunAsync(services));
        await RunAsync(services);

        Assert.Equal(markers, _server.Requests.Select(r => r.Marker!).Order(StringComparer.Ordinal));
        await using var scope = services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<PmgDbContext>().OutboxMessages.AsNoTracking().ToListAsync();
        Assert.Equal(24, rows.Count);
        Assert.All(rows, r => Assert.Equal((OutboxStatus.Sent, 1), (r.Status, r.Attempts)));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task RunOnceAsync_TooManyRequests_StoredRetryTimeNeverEarlierThanRetryAfter(StorageProvider provider)
    {
        await using var services = await BuildAsync(provider);
        await EnqueueAsync(services, "a:user-1", "m1");
        _server.Behaviour = call => call.Sequence == 1 ? FakeConnectorResponse.TooManyRequests("2") : null;
        var throttledAt = _clock.GetUtcNow();

        await RunAsync(services);

        await using (var scope = services.CreateAsyncScope())
        {
            var row = await scope.ServiceProvider.GetRequiredService<PmgDbContext>().OutboxMessages.AsNoTracking().SingleAsync();
            Assert.Equal(OutboxStatus.Pending, row.Status);
            Assert.InRange(row.NextAttemptAtUtc - throttledAt.UtcDateTime, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2) + TimeSpan.FromTicks(10));
        }

        _clock.Advance(TimeSpan.FromSeconds(2) - TimeSpan.FromTicks(1));
        await RunAsync(services);
        Assert.Single(_server.Requests);

        _clock.Advance(TimeSpan.FromTicks(10));
        await RunAsync(services);
        Assert.Equal([429, 200], _server.Requests.Select(r => r.StatusCode));
    }

    private async Task<ServiceProvider> BuildAsync(StorageProvider provider)
    {
        System.IO.Directory.CreateDirectory(_contentRoot);
        string connectionString;
        if (provider == StorageProvider.Postgres)
        {
            connectionString = await postgres.CreateDatabaseAsync();
            _postgresDatabases.Add(connectionString);
        }
        else
        {
            connectionString = $"Data Source=data/outbox-{Guid.NewGuid():N}.db";
        }

        var configuration = new ConfigurationBuilder()
            .AddConfiguration(OutboxTestServices.Configuration())
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider.ToString(),
                ["Database:ConnectionString"] = connectionString,
            })
            .Build();
        var environment = new HostingEnvironment { ApplicationName = "PmgBot.Tests", EnvironmentName = Environments.Development, ContentRootPath = _contentRoot };
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(_clock);
        services.AddPmgData(configuration, environment);
        services.AddPmgJobs(configuration);
        var built = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await built.MigratePmgDatabaseAsync(CancellationToken.None);
        return built;
    }

    private async Task EnqueueAsync(IServiceProvider services, string conversationId, string marker)
    {
        await using var scope = services.CreateAsyncScope();
        var target = new ConversationReference(_server.ServiceUrl, conversationId, "tenant-1", null, null, "28:bot", "msteams", ConversationTypes.Personal);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "Herinnering",
            ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, string> { [FakeConnectorServer.MarkerProperty] = marker }),
        };
        await scope.ServiceProvider.GetRequiredService<IOutbox>().EnqueueAsync(target, activity, marker, CancellationToken.None);
        _clock.Advance(TimeSpan.FromTicks(10));
    }

    private static async Task RunAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDispatchRun>().RunOnceAsync(CancellationToken.None);
    }
}
