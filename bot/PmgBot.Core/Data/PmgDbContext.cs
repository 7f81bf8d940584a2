using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PmgBot.Core.Data;

/// <summary>
/// The bot's database. One model, two providers: <see cref="SqlitePmgDbContext"/> and
/// <see cref="PostgresPmgDbContext"/> each carry their own migration set. The context names no entity: each entity is
/// configured by an <see cref="IEntityTypeConfiguration{TEntity}"/> beside it (the base's) or in its feature folder,
/// and its set is an extension property in the entity's namespace (<c>db.Youths</c> with <c>using PmgBot.Core.Register</c>),
/// so the base namespaces use Data and Data uses none of them. Inside a query's lambda (an expression tree, which may not
/// hold an extension property) a subquery starts from <c>db.Set&lt;Youth&gt;()</c>. The one set it names is the Data
/// Protection key ring's, explicitly and only for the package's key repository (<see cref="KeyRingServiceCollectionExtensions"/>).
/// </summary>
public abstract class PmgDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    DbSet<DataProtectionKey> IDataProtectionKeyContext.DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PmgDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Every timestamp is UTC in the database and comes back as DateTimeKind.Utc on both providers.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardAppendOnly();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardAppendOnly();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void GuardAppendOnly()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is IAppendOnly && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} rows are append-only.");
            }
        }
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
