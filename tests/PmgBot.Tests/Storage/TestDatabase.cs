using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using PmgBot.Core.Access;
using PmgBot.Core.Data;
using PmgBot.Core.Features.Meetings.Registration;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Storage;

/// <summary>
/// A fresh, migrated database on one provider, wired exactly as the bot wires it (AddPmgData + AddAccess), in
/// its own DI container. SQLite: a file under a temp content root. PostgreSQL: a new database on the shared server.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string AllowedTenant = "00000000-0000-0000-0000-0000000000001";

    private readonly PostgresServer? _postgres;
    private readonly string _contentRoot;
    private readonly ServiceProvider _services;

    private TestDatabase(StorageProvider provider, PostgresServer? postgres, string contentRoot, string connectionString, FixedClock clock, ServiceProvider services)
    {
        Provider = provider;
        Clock = clock;
        _postgres = postgres;
        _contentRoot = contentRoot;
        ConnectionString = connectionString;
        _services = services;
    }

    public StorageProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The content root a relative SQLite connection string is resolved against.</summary>
    public string ContentRoot => _contentRoot;

    /// <summary>The TimeProvider of the container; starts at 2026-11-22 08:00 UTC.</summary>
    public FixedClock Clock { get; }

    public IServiceProvider Services => _services;

    public static async Task<TestDatabase> CreateAsync(StorageProvider provider, PostgresServer postgres, bool migrate = true, ILoggerProvider? logs = null)
    {
        ArgumentNullException.ThrowIfNull(postgres);
        var contentRoot = Path.Combine(Path.GetTempPath(), "pmgbot-test-" + Guid.NewGuid().ToString("N")[..10]);
        System.IO.Directory.CreateDirectory(contentRoot);
        var connectionString = provider == StorageProvider.Postgres
            ? await postgres.CreateDatabaseAsync()
            : "Data Source=data/pmgbot.db";

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider == StorageProvider.Postgres ? "Postgres" : "Sqlite",
                ["Database:ConnectionString"] = connectionString,
                ["Access:AllowedTenantIds:0"] = AllowedTenant,
            })
            .Build();
        var environment = new HostingEnvironment
        {
            ApplicationName = "PmgBot.Tests",
            EnvironmentName = Environments.Development,
            ContentRootPath = contentRoot,
        };

        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        services.AddSingleton<IConfiguration>(configuration);
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));
        services.AddSingleton<TimeProvider>(clock);
        services.AddPmgData(configuration, environment);
        services.AddAccess(configuration);
        services.AddMeetingSeriesImport();
        var database = new TestDatabase(provider, provider == StorageProvider.Postgres ? postgres : null, contentRoot, connectionString, clock,
            services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }));
        if (migrate)
        {
            await database.Services.MigratePmgDatabaseAsync(CancellationToken.None);
        }

        return database;
    }

    /// <summary>A new context (dispose it); like a background service would get one.</summary>
    public PmgDbContext CreateContext() => _services.GetRequiredService<IDbContextFactory<PmgDbContext>>().CreateDbContext();

    /// <summary>A new DI scope, like one request.</summary>
    public AsyncServiceScope CreateScope() => _services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_postgres is not null)
        {
            await _postgres.DropDatabaseAsync(ConnectionString);
        }

        SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(_contentRoot, recursive: true);
    }
}
