using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Data;

namespace PmgBot.Tests.Outbox;

/// <summary>
/// A throw-away SQLite database file for connector/outbox tests, created with <c>EnsureCreated</c> on the
/// SQLite flavour of the model and configured like the product (WAL journal, busy timeout). Deleted on dispose.
/// </summary>
public sealed class SqliteTestDatabase : IDisposable
{
    private readonly string _directory;

    public SqliteTestDatabase(bool create = true)
    {
        _directory = Path.Combine(Path.GetTempPath(), "pmgbot-tests-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(_directory);
        FilePath = Path.Combine(_directory, "pmgbot.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString();
        if (create)
        {
            EnsureCreated();
        }
    }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public DbContextOptions<SqlitePmgDbContext> Options =>
        (DbContextOptions<SqlitePmgDbContext>)Configure(new DbContextOptionsBuilder<SqlitePmgDbContext>()).Options;

    public SqlitePmgDbContext CreateContext() => new(Options);

    public void EnsureCreated()
    {
        using var db = CreateContext();
        db.Database.EnsureCreated();
    }

    /// <summary>
    /// Registers the context the way the product resolves it: as <see cref="PmgDbContext"/>; <paramref name="first"/>
    /// (a test's interceptor) runs before the product's own.
    /// </summary>
    public void AddTo(IServiceCollection services, IInterceptor? first = null)
    {
        services.AddDbContext<SqlitePmgDbContext>(o => Configure(first is null ? o : o.AddInterceptors(first)));
        services.AddScoped<PmgDbContext>(sp => sp.GetRequiredService<SqlitePmgDbContext>());
    }

    private DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder) =>
        DataServiceCollectionExtensions.ConfigureSqlite(builder, new DatabaseOptions { ConnectionString = ConnectionString }, _directory);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing host; the temp folder is cleaned by the OS.
        }
    }
}
