using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PmgBot.Core.Data;

public static class DatabaseMigrationExtensions
{
    /// <summary>Applies the pending migrations of the configured provider when <see cref="DatabaseOptions.MigrateOnStart"/> is set.</summary>
    public static async Task MigratePmgDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrationExtensions).FullName!);
        if (!options.MigrateOnStart)
        {
            DataLog.MigrationSkipped(logger);
            return;
        }

        var scope = services.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<PmgDbContext>();
            // EF reads the history table without checking that it exists and logs the failing SELECT as an error
            // (dotnet/efcore#37328): on a new database that would page an operator for nothing. So the database and
            // the history table are made first, as Migrate would make them.
            var creator = context.GetService<IRelationalDatabaseCreator>();
            if (!await creator.ExistsAsync(cancellationToken).ConfigureAwait(false))
            {
                await creator.CreateAsync(cancellationToken).ConfigureAwait(false);
            }

            await context.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            var applied = (await context.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
            if (applied.Any() && !applied.Any(id => id.EndsWith("_Baseline", StringComparison.Ordinal)))
            {
                // Created by a version before the generated Baseline (2 December 2026): its tables exist, so the
                // Baseline would fail half-way on "already exists". Only demo databases were made by those versions.
                throw new InvalidOperationException(
                    "The database was created by a PmgBot version from before 2 December 2026 (migrations "
                    + string.Join(", ", applied) + "), whose migrations were replaced by one generated Baseline. "
                    + "Start on a new database (the demo: delete data/pmgbot.db); see README, 'Adding a migration'.");
            }

            var pending = context.Database.GetMigrations().Except(applied, StringComparer.Ordinal).Count();
            await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            DataLog.Migrated(logger, options.Provider, pending);
        }
    }
}
