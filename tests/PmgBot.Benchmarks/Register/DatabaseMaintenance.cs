using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Data;

namespace PmgBot.Benchmarks.Register;

/// <summary>
/// PostgreSQL upkeep around the measured phases, as pgbench does it: <c>VACUUM ANALYZE</c> after the bulk load and
/// before each workload's measured phases (after its warm-up), so autovacuum's catch-up on what the seeding and the
/// saturated warm-up wrote (tens of thousands of audit rows in a minute, a year of real lookups for a region) does not
/// land in the phase the targets are judged on; and a count of the autovacuum and autoanalyze runs that finished
/// during a phase, so any that still do are visible. Nothing on SQLite (no background upkeep besides the bot's own
/// checkpoint job, which is part of what is measured).
/// </summary>
public static class DatabaseMaintenance
{
    public static async Task VacuumAsync(IDbContextFactory<PmgDbContext> contexts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            if (IsPostgres(db))
            {
                await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE", cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Autovacuum and autoanalyze runs finished so far on the bot's tables; null on SQLite.</summary>
    public static async Task<long?> AutovacuumRunsAsync(IDbContextFactory<PmgDbContext> contexts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            if (!IsPostgres(db))
            {
                return null;
            }

            // The statistics views are a snapshot per transaction: this statement runs in its own.
            return await db.Database
                .SqlQueryRaw<long>("""SELECT COALESCE(SUM(autovacuum_count + autoanalyze_count), 0)::bigint AS "Value" FROM pg_stat_user_tables""")
                .SingleAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>True when the context runs on PostgreSQL (Npgsql), false on SQLite.</summary>
    public static bool IsPostgres(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
    }
}
