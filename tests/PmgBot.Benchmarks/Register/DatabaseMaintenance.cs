using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Data;

namespace PmgBot.Benchmarks.Register;

/// <summary>
/// PostgreSQL upkeep around the measured phases, as pgbench does it: <c>VACUUM ANALYZE</c> and a <c>CHECKPOINT</c>
/// after the bulk load and before each workload's measured phases (after its warm-up), so autovacuum's catch-up and
/// the flush of the pages the seeding and the saturated warm-up dirtied (tens of thousands of audit rows in a minute,
/// a year of real lookups for a region) do not land in the phases the targets are judged on: the next timed checkpoint
/// then comes <c>checkpoint_timeout</c> (5 min) later, after them. Counts of the autovacuum runs and checkpoints that
/// finished during a phase make any that still do visible. Nothing on SQLite (no background upkeep besides the bot's own
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
                await db.Database.ExecuteSqlRawAsync("CHECKPOINT", cancellationToken).ConfigureAwait(false);
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

    /// <summary>Checkpoints (timed and requested) the server has finished so far; null on SQLite.</summary>
    public static async Task<long?> CheckpointsAsync(IDbContextFactory<PmgDbContext> contexts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            if (!IsPostgres(db))
            {
                return null;
            }

            // PostgreSQL 17 moved the counters from pg_stat_bgwriter to pg_stat_checkpointer.
            var version = await db.Database.SqlQueryRaw<int>("SELECT current_setting('server_version_num')::int AS \"Value\"")
                .SingleAsync(cancellationToken).ConfigureAwait(false);
            var sql = version >= 170000
                ? """SELECT (num_timed + num_requested)::bigint AS "Value" FROM pg_stat_checkpointer"""
                : """SELECT (checkpoints_timed + checkpoints_req)::bigint AS "Value" FROM pg_stat_bgwriter""";
            return await db.Database.SqlQueryRaw<long>(sql)
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
