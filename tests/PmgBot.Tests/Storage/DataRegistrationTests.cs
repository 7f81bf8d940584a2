using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using PmgBot.Core.Audit;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Storage;

[Collection(PostgresServerCollection.Name)]
public sealed class DataRegistrationTests(PostgresServer postgres)
{
    [Fact]
    public async Task AddPmgData_RelativeSqlitePath_CreatesFolderAndFileUnderContentRoot()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);
        await using var context = database.CreateContext();

        var dataSource = new SqliteConnectionStringBuilder(context.Database.GetConnectionString()).DataSource;

        Assert.True(Path.IsPathRooted(dataSource));
        Assert.EndsWith(Path.Combine("data", "pmgbot.db"), dataSource, StringComparison.Ordinal);
        Assert.True(File.Exists(dataSource));
    }

    [Fact]
    public async Task AddPmgData_Sqlite_ConnectionsUseWalAndBusyTimeout()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);
        await using var context = database.CreateContext();
        await context.Database.OpenConnectionAsync();

        Assert.Equal("wal", await ScalarAsync(context, "PRAGMA journal_mode"));
        Assert.Equal("10000", await ScalarAsync(context, "PRAGMA busy_timeout"));
        Assert.Equal("1", await ScalarAsync(context, "PRAGMA foreign_keys"));
    }

    [Fact]
    public async Task AddPmgData_Sqlite_WriterWaitsForOtherWriterInsteadOfFailing()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);
        await using var first = database.CreateContext();
        await using var transaction = await first.Database.BeginTransactionAsync();
        first.Organisations.Add(new Organisation { Id = "a", Name = "A" });
        await first.SaveChangesAsync();

        // The second writer starts while the first holds the write lock; it must wait, not fail with SQLITE_BUSY.
        var second = Task.Run(async () =>
        {
            await using var context = database.CreateContext();
            context.Organisations.Add(new Organisation { Id = "b", Name = "B" });
            await context.SaveChangesAsync();
        });
        await Task.Delay(200);
        Assert.False(second.IsCompleted);
        await transaction.CommitAsync();
        await second;

        await using var check = database.CreateContext();
        Assert.Equal(["a", "b"], await check.Organisations.OrderBy(o => o.Id).Select(o => o.Id).ToListAsync());
    }

    [Fact]
    public async Task MigratePmgDatabaseAsync_MigrateOnStartOff_CreatesNoTables()
    {
        using var provider = BuildServices(new()
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = "Data Source=data/pmgbot.db",
            ["Database:MigrateOnStart"] = "false",
        }, out var contentRoot);
        try
        {
            await provider.MigratePmgDatabaseAsync(CancellationToken.None);

            await using var scope = provider.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<PmgDbContext>();
            Assert.NotEmpty(await context.Database.GetPendingMigrationsAsync());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            System.IO.Directory.Delete(contentRoot, recursive: true);
        }
    }

    [Theory]
    [InlineData("Sqlite", typeof(SqlitePmgDbContext))]
    [InlineData("Postgres", typeof(PostgresPmgDbContext))]
    public void AddPmgData_Provider_RegistersMatchingContextForScopesAndFactory(string providerName, Type expected)
    {
        using var provider = BuildServices(new()
        {
            ["Database:Provider"] = providerName,
            ["Database:ConnectionString"] = providerName == "Sqlite" ? "Data Source=data/pmgbot.db" : "Host=127.0.0.1;Database=unused",
        }, out var contentRoot);
        try
        {
            using var scope = provider.CreateScope();
            Assert.IsType(expected, scope.ServiceProvider.GetRequiredService<PmgDbContext>());
            using var fromFactory = provider.GetRequiredService<IDbContextFactory<PmgDbContext>>().CreateDbContext();
            Assert.IsType(expected, fromFactory);
        }
        finally
        {
            System.IO.Directory.Delete(contentRoot, recursive: true);
        }
    }

    [Fact]
    public void AddPmgData_EmptyConnectionString_FailsOptionsValidation()
    {
        using var provider = BuildServices(new() { ["Database:ConnectionString"] = "" }, out var contentRoot);
        try
        {
            var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DatabaseOptions>>().Value);
            Assert.Contains(nameof(DatabaseOptions.ConnectionString), error.Message, StringComparison.Ordinal);
        }
        finally
        {
            System.IO.Directory.Delete(contentRoot, recursive: true);
        }
    }

    [Theory]
    [InlineData("Postgres", "Data Source=data/pmgbot.db", "is not valid for Postgres")]
    [InlineData("Postgres", "Database=pmgbot;Username=pmgbot", "needs a Host")]
    [InlineData("Sqlite", "Mode=ReadWrite", "needs a Data Source")]
    [InlineData("Sqlite", "Host=127.0.0.1", "is not valid for Sqlite")]
    public void AddPmgData_ConnectionStringOfOtherProvider_FailsValidationAtStart(string providerName, string connectionString, string expected)
    {
        using var provider = BuildServices(new()
        {
            ["Database:Provider"] = providerName,
            ["Database:ConnectionString"] = connectionString,
        }, out var contentRoot);
        try
        {
            var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
            Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            System.IO.Directory.Delete(contentRoot, recursive: true);
        }
    }

    [Fact]
    public void ResolveConnectionString_InMemory_IsLeftAlone()
    {
        var resolved = SqliteConnectionSetup.ResolveConnectionString("Data Source=:memory:", "/nonexistent-root");

        Assert.Equal(":memory:", new SqliteConnectionStringBuilder(resolved).DataSource);
    }

    [Fact]
    public void AddAudit_WithoutTimeProvider_UsesSystemClock()
    {
        var services = new ServiceCollection().AddAudit();

        Assert.Contains(services, d => d.ServiceType == typeof(TimeProvider) && d.ImplementationInstance == TimeProvider.System);
        Assert.Contains(services, d => d.ServiceType == typeof(IAuditLog));
    }

    private static ServiceProvider BuildServices(Dictionary<string, string?> settings, out string contentRoot)
    {
        contentRoot = Path.Combine(Path.GetTempPath(), "pmgbot-test-" + Guid.NewGuid().ToString("N")[..10]);
        System.IO.Directory.CreateDirectory(contentRoot);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var environment = new HostingEnvironment { ContentRootPath = contentRoot, EnvironmentName = Environments.Development, ApplicationName = "PmgBot.Tests" };
        return new ServiceCollection().AddLogging().AddPmgData(configuration, environment).BuildServiceProvider();
    }

    private static async Task<string?> ScalarAsync(PmgDbContext context, string sql)
    {
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
