using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Inbox;
using PmgBot.Jobs;
using PmgBot.Jobs.Scheduling;
using PmgBot.Tests.Inbox;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Scheduling;

/// <summary>
/// The scheduled jobs run by a Hangfire server (InMemory storage, the bot's filters and registration) against a real
/// database with a clock that moves only when told: the first run after missed ones catches up with all that fell due,
/// and a second run changes nothing.
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class ScheduledJobRunTests(PostgresServer postgres) : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "pmgbot-jobs-" + Guid.NewGuid().ToString("N")[..10]);
    private readonly List<string> _postgresDatabases = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var connectionString in _postgresDatabases)
        {
            await postgres.DropDatabaseAsync(connectionString);
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_contentRoot))
        {
            Directory.Delete(_contentRoot, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task InboxPurge_AfterMissedRuns_FirstRunRemovesAllThatFellDueAndASecondRunNothing(StorageProvider provider)
    {
        await using var services = await InboxTestServices.BuildAsync(provider, await ConnectionStringAsync(provider), _contentRoot, _clock);
        var inbox = services.GetRequiredService<IInbox>();
        var doneLongAgo = await inbox.AppendAsync(InboxTestServices.Entry("a:chat-1", "act-1"), CancellationToken.None);
        inbox.Complete(doneLongAgo.TurnId);
        var pending = await inbox.AppendAsync(InboxTestServices.Entry("a:chat-2", "act-2"), CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(30));
        var doneEarlier = await inbox.AppendAsync(InboxTestServices.Entry("a:chat-3", "act-3"), CancellationToken.None);
        inbox.Complete(doneEarlier.TurnId);
        await inbox.AppendAsync(InboxTestServices.Entry("a:chat-4", "act-4"), CancellationToken.None); // writes the completions
        // The bot was down for two hours: 24 five-minute runs were missed; the retention is an hour.
        _clock.Advance(TimeSpan.FromHours(2));
        var doneRecently = await inbox.AppendAsync(InboxTestServices.Entry("a:chat-5", "act-5"), CancellationToken.None);
        inbox.Complete(doneRecently.TurnId);
        await inbox.AppendAsync(InboxTestServices.Entry("a:chat-6", "act-6"), CancellationToken.None);
        var jobs = JobSchedule.For(provider == StorageProvider.Sqlite ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres)
            .Where(j => j.Id == "inbox-purge").ToList();
        using var hangfire = new HangfireTestServer(services);
        hangfire.Register(jobs);

        hangfire.Start(jobs);
        await hangfire.WaitForSuccessAsync(hangfire.LastRunOf("inbox-purge"));
        var afterFirst = await TurnsAsync(services);
        await hangfire.WaitForSuccessAsync(hangfire.Manager.TriggerJob("inbox-purge"));
        var afterSecond = await TurnsAsync(services);

        Assert.DoesNotContain(afterFirst, t => t.Id == doneLongAgo.TurnId || t.Id == doneEarlier.TurnId);
        Assert.Contains(afterFirst, t => t.Id == pending.TurnId);
        Assert.Contains(afterFirst, t => t.Id == doneRecently.TurnId);
        Assert.Equal(4, afterFirst.Count);
        Assert.Equal(afterFirst, afterSecond);
    }

    [Fact]
    public async Task SqliteCheckpointLoop_WritesOverSeveralSeconds_OneTickCopiesTheWholeLogAndAnotherRunChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);
        await using var db = database.CreateContext();
        // Kept open to the end: when the last connection to a file closes, SQLite checkpoints by itself.
        await db.Database.OpenConnectionAsync();
        var file = db.Database.GetDbConnection().DataSource;
        for (var batch = 0; batch < 3; batch++) // writes spread over what would have been several runs
        {
            db.Municipalities.AddRange(Enumerable.Range(0, 100).Select(i => new Municipality { Id = $"m{batch}-{i}", Name = new string('x', 300) }));
            await db.SaveChangesAsync();
        }

        var rowsInFileBefore = await RowsInDatabaseFileAloneAsync(file);
        var checkpoint = database.Services.GetRequiredService<SqliteCheckpoint>();
        var loop = new PmgBot.Jobs.Data.SqliteCheckpointLoop(checkpoint, _clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<PmgBot.Jobs.Data.SqliteCheckpointLoop>.Instance);
        await loop.StartAsync(CancellationToken.None);

        // The loop starts on a thread of its own: the clock moves a second at a time until its first tick has copied.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        long rowsInFileAfter;
        while ((rowsInFileAfter = await RowsInDatabaseFileAloneAsync(file)) < 300 && DateTime.UtcNow < deadline)
        {
            _clock.Advance(PmgBot.Jobs.Data.SqliteCheckpointLoop.Interval);
            await Task.Delay(20);
        }

        var afterFirst = (File: Hash(file), Log: new FileInfo(file + "-wal").Length);
        await checkpoint.RunAsync(CancellationToken.None);
        var afterSecond = (File: Hash(file), Log: new FileInfo(file + "-wal").Length);
        await loop.StopAsync(CancellationToken.None);

        Assert.Equal(0, rowsInFileBefore);
        Assert.Equal(300, rowsInFileAfter);
        Assert.Equal(afterFirst, afterSecond);
        Assert.Equal(300, await db.Municipalities.CountAsync());
    }

    /// <summary>
    /// The municipalities in the database file without its log (a copy of the file alone): what checkpoints have
    /// copied so far. Reading it copies nothing, unlike asking SQLite through the live database.
    /// </summary>
    private async Task<long> RowsInDatabaseFileAloneAsync(string file)
    {
        var copy = Path.Combine(_contentRoot, "copy-" + Guid.NewGuid().ToString("N")[..8] + ".db");
        Directory.CreateDirectory(_contentRoot);
        await using (var source = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        await using (var target = File.Create(copy))
        {
            await source.CopyToAsync(target);
        }

        await using var connection = new SqliteConnection($"Data Source={copy};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'Municipalities'";
        if ((long)(await command.ExecuteScalarAsync())! == 0)
        {
            return 0;
        }

        command.CommandText = "SELECT count(*) FROM \"Municipalities\"";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static string Hash(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return Convert.ToHexString(SHA256.HashData(stream));
    }

    private static async Task<List<(Guid Id, InboxStatus Status, DateTime? DoneAtUtc)>> TurnsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PmgDbContext>();
        var rows = await db.InboxTurns.AsNoTracking().OrderBy(t => t.ReceivedAtUtc).ThenBy(t => t.DedupKey).ToListAsync();
        return [.. rows.Select(t => (t.Id, t.Status, t.DoneAtUtc))];
    }

    private async Task<string> ConnectionStringAsync(StorageProvider provider)
    {
        if (provider == StorageProvider.Postgres)
        {
            var connectionString = await postgres.CreateDatabaseAsync();
            _postgresDatabases.Add(connectionString);
            return connectionString;
        }

        return $"Data Source=data/jobs-{Guid.NewGuid():N}.db";
    }
}
