using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PmgBot.Core.Data;
using PmgBot.Jobs;
using PmgBot.Jobs.Scheduling;
using PmgBot.Tests.Inbox;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Scheduling;

/// <summary>Hangfire's PostgreSQL storage on the bot's database: its own schema, next to the bot's tables, and jobs run from it.</summary>
[Collection(PostgresServerCollection.Name)]
public sealed class PostgresJobStorageTests(PostgresServer postgres)
{
    [Fact]
    public async Task Create_MigratedBotDatabase_HangfireTablesInTheirOwnSchemaOnly()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Postgres, postgres);
        var botTables = await TablesAsync(database.ConnectionString, "public");

        _ = ScheduledJobStorage.Create(
            new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = database.ConnectionString },
            new ScheduledJobsOptions { PostgresSchema = "hangfire" });

        var hangfireTables = await TablesAsync(database.ConnectionString, "hangfire");
        Assert.Contains("job", hangfireTables);
        Assert.Contains("hash", hangfireTables);
        Assert.Contains("jobqueue", hangfireTables);
        Assert.Equal(botTables, await TablesAsync(database.ConnectionString, "public"));
        Assert.DoesNotContain(botTables, t => hangfireTables.Contains(t));
    }

    [Fact]
    public async Task Server_PostgresStorage_RegistersTheScheduleAndRunsItsJobs()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        try
        {
            var root = Path.Combine(Path.GetTempPath(), "pmgbot-jobs-pg-" + Guid.NewGuid().ToString("N")[..10]);
            await using var services = await InboxTestServices.BuildAsync(StorageProvider.Postgres, connectionString, root, TimeProvider.System);
            var jobs = JobSchedule.For(DatabaseProvider.Postgres);
            var storage = ScheduledJobStorage.CreatePostgres(connectionString, "hangfire");
            using var hangfire = new HangfireTestServer(services, storage);

            hangfire.Register(jobs);
            hangfire.Start(jobs);

            foreach (var job in jobs)
            {
                await hangfire.WaitForSuccessAsync(hangfire.LastRunOf(job.Id));
            }

            using var connection = storage.GetConnection();
            Assert.Equal(
                [("action-reminders", "*/15 * * * *", "Europe/Amsterdam"), ("inbox-purge", "*/5 * * * *", "Europe/Amsterdam"), ("meeting-digest", "0 * * * *", "Europe/Amsterdam"), ("meeting-planning", "7 * * * *", "Europe/Amsterdam")],
                connection.GetRecurringJobs().Select(r => (r.Id, r.Cron, r.TimeZoneId)).OrderBy(r => r.Id, StringComparer.Ordinal));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await postgres.DropDatabaseAsync(connectionString);
        }
    }

    private static async Task<List<string>> TablesAsync(string connectionString, string schema)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = @schema ORDER BY table_name", connection);
        command.Parameters.AddWithValue("schema", schema);
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}
