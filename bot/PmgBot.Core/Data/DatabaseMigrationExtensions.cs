using Microsoft.EntityFrameworkCore;
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
            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).Count();
            await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            DataLog.Migrated(logger, options.Provider, pending);
        }
    }
}
