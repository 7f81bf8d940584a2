using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using PmgBot.Core.Data;

namespace PmgBot.Jobs.Scheduling;

/// <summary>Where Hangfire keeps its jobs: in memory beside SQLite (the embedded default), in its own schema on PostgreSQL.</summary>
internal static class ScheduledJobStorage
{
    /// <summary>
    /// How long InMemory keeps a finished job (Hangfire's default: a day, capped at three hours by InMemory); a quarter
    /// of an hour is history enough for the dashboard, and a job scheduled by the second stays cheap to keep.
    /// </summary>
    public static readonly TimeSpan InMemoryRetention = TimeSpan.FromMinutes(15);

    public static JobStorage Create(DatabaseOptions database, ScheduledJobsOptions jobs)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(jobs);
        return database.Provider switch
        {
            DatabaseProvider.Postgres => CreatePostgres(database.ConnectionString, jobs.PostgresSchema),
            _ => new InMemoryStorage(new InMemoryStorageOptions { MaxExpirationTime = InMemoryRetention }),
        };
    }

    /// <summary>Creates (or updates) Hangfire's tables in <paramref name="schema"/> when it is constructed.</summary>
    public static PostgreSqlStorage CreatePostgres(string connectionString, string schema)
    {
        var options = new PostgreSqlStorageOptions { SchemaName = schema, PrepareSchemaIfNecessary = true };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options, null), options);
    }
}
