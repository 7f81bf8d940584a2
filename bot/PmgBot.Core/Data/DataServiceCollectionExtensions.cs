using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PmgBot.Core.Directory;

namespace PmgBot.Core.Data;

/// <summary>
/// Registers <see cref="PmgDbContext"/> on the provider chosen in <see cref="DatabaseOptions"/>.
/// Request handling uses the scoped <see cref="PmgDbContext"/>; background services (dispatcher, jobs) use
/// <see cref="IDbContextFactory{TContext}"/> of <see cref="PmgDbContext"/> and dispose each context they create.
/// </summary>
public static class DataServiceCollectionExtensions
{
    public static IServiceCollection AddPmgData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ProfessionalProfileCache>();
        services.TryAddSingleton<DirectoryChangeInterceptor>();
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
                services.AddDbContextPool<PmgDbContext, SqlitePmgDbContext>(
                    (sp, builder) => ConfigureSqlite(builder, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, environment.ContentRootPath)
                        .AddInterceptors(sp.GetRequiredService<DirectoryChangeInterceptor>()));
                services.AddSingleton<IDbContextFactory<PmgDbContext>>(sp =>
                    new PmgDbContextFactory(() => new SqlitePmgDbContext(sp.GetRequiredService<DbContextOptions<SqlitePmgDbContext>>())));
                break;
            case DatabaseProvider.Postgres:
                services.AddDbContextPool<PmgDbContext, PostgresPmgDbContext>(
                    (sp, builder) => ConfigurePostgres(builder, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value)
                        .AddInterceptors(sp.GetRequiredService<DirectoryChangeInterceptor>()));
                services.AddSingleton<IDbContextFactory<PmgDbContext>>(sp =>
                    new PmgDbContextFactory(() => new PostgresPmgDbContext(sp.GetRequiredService<DbContextOptions<PostgresPmgDbContext>>())));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider '{provider}'.");
        }

        return services;
    }

    /// <summary>SQLite: file under the content root, WAL journal and a busy timeout (see <see cref="SqliteConnectionSetup"/>).</summary>
    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder builder, DatabaseOptions options, string contentRootPath)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var connectionString = SqliteConnectionSetup.ResolveConnectionString(options.ConnectionString, contentRootPath);
        builder.UseSqlite(connectionString).AddInterceptors(SqlitePragmaInterceptor.Instance);
        return IgnoreMissingSnapshot(builder);
    }

    public static DbContextOptionsBuilder ConfigurePostgres(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        builder.UseNpgsql(options.ConnectionString);
        return IgnoreMissingSnapshot(builder);
    }

    /// <summary>
    /// The migrations are hand-written (the EF design-time tools cannot be installed here), so there is no
    /// generated model snapshot. Without a snapshot EF always believes the model has pending changes and, since
    /// EF 9, <c>Migrate()</c> throws on <see cref="RelationalEventId.PendingModelChangesWarning"/>. That warning is
    /// therefore ignored; the schema tests (tests/PmgBot.Tests/Storage/SchemaMatchesModelTests.cs) compare the
    /// migrated schema with the EF model on both providers instead, so drift is still caught.
    /// </summary>
    private static DbContextOptionsBuilder IgnoreMissingSnapshot(DbContextOptionsBuilder builder) =>
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
}
