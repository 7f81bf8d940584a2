using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PmgBot.Core.Data;

/// <summary>
/// Registers <see cref="PmgDbContext"/> on the provider chosen in <see cref="DatabaseOptions"/>.
/// Request handling uses the scoped <see cref="PmgDbContext"/>; background services (dispatcher, jobs) use
/// <see cref="IDbContextFactory{TContext}"/> of <see cref="PmgDbContext"/> and dispose each context they create
/// (pooled as well: the audit log takes one for every event). Interceptors registered in DI as <see cref="IInterceptor"/>
/// are added to every context (the tests simulate a database outage with one).
/// </summary>
public static class DataServiceCollectionExtensions
{
    public static IServiceCollection AddPmgData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);

        services.TryAddSingleton(TimeProvider.System);
        var section = configuration.GetSection(DatabaseOptions.Section);
        services.AddOptions<DatabaseOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>());

        // The provider decides which context type (and so which migration set) is registered, so it is read now;
        // the connection string is read when the first context is built. Contexts are pooled: every turn resolves
        // one (the access check), and most turns never touch the database thanks to the profile cache.
        var provider = section.GetValue(nameof(DatabaseOptions.Provider), DatabaseProvider.Sqlite);
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddPooledDbContextFactory<SqlitePmgDbContext>(
                    (sp, builder) => ConfigureSqlite(builder, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, environment.ContentRootPath)
                        .AddInterceptors(sp.GetServices<IInterceptor>()));
                AddContextFromPool<SqlitePmgDbContext>(services);
                services.TryAddSingleton<SqliteCheckpoint>(); // run every second by the checkpoint loop (jobs/Data)
                break;
            case DatabaseProvider.Postgres:
                services.AddPooledDbContextFactory<PostgresPmgDbContext>(
                    (sp, builder) => ConfigurePostgres(builder, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value)
                        .AddInterceptors(sp.GetServices<IInterceptor>()));
                AddContextFromPool<PostgresPmgDbContext>(services);
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider '{provider}'.");
        }

        return services;
    }

    /// <summary>
    /// One pool per process for both ways in: the scoped <see cref="PmgDbContext"/> of a turn (returned to the pool
    /// when the scope ends) and <see cref="IDbContextFactory{TContext}"/> for background work and the audit log.
    /// </summary>
    private static void AddContextFromPool<TContext>(IServiceCollection services)
        where TContext : PmgDbContext
    {
        services.AddScoped<PmgDbContext>(sp => sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext());
        services.AddSingleton<IDbContextFactory<PmgDbContext>>(sp =>
        {
            var pool = sp.GetRequiredService<IDbContextFactory<TContext>>();
            return new PmgDbContextFactory(pool.CreateDbContext);
        });
    }

    /// <summary>SQLite: file under the content root, WAL journal and a busy timeout (see <see cref="SqliteConnectionSetup"/>).</summary>
    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder builder, DatabaseOptions options, string contentRootPath)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var connectionString = SqliteConnectionSetup.ResolveConnectionString(options.ConnectionString, contentRootPath);
        return builder.UseSqlite(connectionString).AddInterceptors(SqlitePragmaInterceptor.Instance, SqliteWriteGateInterceptor.Instance);
    }

    public static DbContextOptionsBuilder ConfigurePostgres(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        return builder.UseNpgsql(WithPoolDefaults(options.ConnectionString));
    }

    /// <summary>
    /// Npgsql defaults tuned for the bot's short, repeated statements, unless the connection string says otherwise:
    /// statements are prepared automatically (PostgreSQL plans each once per connection instead of on every call), a
    /// pooled connection is not reset when it is returned (the bot sets no session state), and at most 20 connections
    /// per instance (Npgsql's 100 would exceed small Azure servers' connection limits with two instances, and under
    /// load many busy backends on a few cores made the slowest requests several times slower than waiting for a
    /// connection in the pool does).
    /// </summary>
    internal static string WithPoolDefaults(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var changed = false;
        if (!ContainsKey(connectionString, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            changed |= builder.MaxAutoPrepare != 50;
            builder.MaxAutoPrepare = 50;
        }

        if (!ContainsKey(connectionString, "No Reset On Close", "NoResetOnClose"))
        {
            changed |= !builder.NoResetOnClose;
            builder.NoResetOnClose = true;
        }

        if (!ContainsKey(connectionString, "Maximum Pool Size", "MaxPoolSize"))
        {
            changed |= builder.MaxPoolSize != DefaultMaxPoolSize;
            builder.MaxPoolSize = DefaultMaxPoolSize;
        }

        return changed ? builder.ToString() : connectionString;
    }

    private const int DefaultMaxPoolSize = 20;

    private static bool ContainsKey(string connectionString, params string[] keys)
    {
        var parts = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Any(p => keys.Any(k => p.Replace(" ", "", StringComparison.Ordinal)
            .StartsWith(k.Replace(" ", "", StringComparison.Ordinal) + "=", StringComparison.OrdinalIgnoreCase)));
    }
}
