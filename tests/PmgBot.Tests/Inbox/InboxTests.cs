using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PmgBot.Core.Data;
using PmgBot.Core.Inbox;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Inbox;

/// <summary>
/// The inbox on both providers: group-committed appends (redeliveries stored once), completions, the recovery that
/// takes over unfinished turns (after a lease ran out, at once after a restart on the same machine, never twice),
/// the turn given up after too many take-overs, and the purge.
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class InboxTests(PostgresServer postgres) : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "pmgbot-inbox-" + Guid.NewGuid().ToString("N")[..10]);
    private readonly List<string> _postgresDatabases = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var connectionString in _postgresDatabases)
        {
            await postgres.DropDatabaseAsync(connectionString);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_contentRoot, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task AppendAsync_ManyConcurrentAndRedeliveries_EachActivityStoredOnce(StorageProvider provider)
    {
        await using var services = await BuildAsync(provider);
        var inbox = services.GetRequiredService<IInbox>();
        var entries = Enumerable.Range(0, 300).Select(i => InboxTestServices.Entry("a:chat-" + (i % 50), "act-" + i)).ToList();

        var first = await Task.WhenAll(entries.Select(e => inbox.AppendAsync(e, CancellationToken.None)));
        var again = await Task.WhenAll(entries.Take(20).Select(e => inbox.AppendAsync(e, CancellationToken.None)));

        Assert.All(first, a => Assert.Equal(InboxAppendOutcome.Stored, a.Outcome));
        Assert.Equal(300, first.Select(a => a.TurnId).Distinct().Count());
        Assert.All(again, a => Assert.Equal(InboxAppendOutcome.Duplicate, a.Outcome));
        var rows = await RowsAsync(services);
        Assert.Equal(300, rows.Count);
        Assert.All(rows, r => Assert.Equal((InboxStatus.Pending, 0), (r.Status, r.Attempts)));
        Assert.All(rows, r => Assert.Equal(_clock.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(30), r.LeaseUntilUtc, TimeSpan.FromMilliseconds(1)));
        Assert.Equal(entries.Select(e => e.ActivityJson).Order(), rows.Select(r => r.ActivityJson).Order());
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite, 1)]
    [InlineData(StorageProvider.Postgres, 1)]
    [InlineData(StorageProvider.Postgres, 2)]
    [InlineData(StorageProvider.Postgres, 4)]
    public async Task AppendAsync_ConcurrentAppendsRedeliveriesAndCompletionsOverWriteLoops_EachStoredOnceEveryCompletionWritten(StorageProvider provider, int postgresWriters)
    {
        await using var services = await InboxTestServices.BuildAsync(provider, await ConnectionStringAsync(provider), _contentRoot, _clock, postgresWriters: postgresWriters);
        var inbox = services.GetRequiredService<IInbox>();
        var entries = Enumerable.Range(0, 400).Select(i => InboxTestServices.Entry("a:chat-" + (i % 40), "act-" + i)).ToList();

        // Each redelivery races its original, possibly in another loop's batch: exactly one of the two is stored.
        var appends = await Task.WhenAll(entries.Concat(entries.Where((_, i) => i % 10 == 0))
            .Select(async e => (Key: e.ActivityId, Append: await inbox.AppendAsync(e, CancellationToken.None))));
        foreach (var append in appends.Where(a => a.Append.Outcome == InboxAppendOutcome.Stored))
        {
            inbox.Complete(append.Append.TurnId);
        }

        await Eventually(() => inbox.TurnsNotYetWritten.Count == 0);
        Assert.All(appends.GroupBy(a => a.Key), g => Assert.Single(g, a => a.Append.Outcome == InboxAppendOutcome.Stored));
        Assert.Equal(40, appends.Count(a => a.Append.Outcome == InboxAppendOutcome.Duplicate));
        var rows = await RowsAsync(services);
        Assert.Equal(400, rows.Count);
        Assert.All(rows, r => Assert.Equal(InboxStatus.Done, r.Status));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task AppendAsync_SameActivityTwiceInOneBatch_StoredOnce(StorageProvider provider)
    {
        await using var services = await BuildAsync(provider);
        var inbox = services.GetRequiredService<IInbox>();
        var entry = InboxTestServices.Entry("a:chat-1", "act-1");

        var both = await Task.WhenAll(inbox.AppendAsync(entry, CancellationToken.None), inbox.AppendAsync(entry, CancellationToken.None));

        Assert.Equal([InboxAppendOutcome.Stored, InboxAppendOutcome.Duplicate], both.Select(b => b.Outcome).Order());
        Assert.Single(await RowsAsync(services));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Complete_StoredTurn_DoneWithTheBodyErased(StorageProvider provider)
    {
        await using var services = await BuildAsync(provider);
        var inbox = services.GetRequiredService<IInbox>();
        var stored = await inbox.AppendAsync(InboxTestServices.Entry("a:chat-1", "act-1"), CancellationToken.None);

        inbox.Complete(stored.TurnId);
        await inbox.AppendAsync(InboxTestServices.Entry("a:chat-1", "act-2"), CancellationToken.None);

        var row = (await RowsAsync(services)).Single(r => r.Id == stored.TurnId);
        Assert.Equal((InboxStatus.Done, ""), (row.Status, row.ActivityJson));
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, row.DoneAtUtc!.Value, TimeSpan.FromMilliseconds(1));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task RepliesSent_RecordedNeverLoweredAndHandedToTheTakeOver(StorageProvider provider)
    {
        var (crashed, restarted) = await TwoProcessesAsync(provider, new InboxProcess("machine-a"), new InboxProcess("machine-a"));
        await using (crashed)
        await using (restarted)
        {
            var inbox = crashed.GetRequiredService<IInbox>();
            var stored = await inbox.AppendAsync(InboxTestServices.Entry("a:chat-1", "act-1"), CancellationToken.None);
            _clock.Advance(TimeSpan.FromMilliseconds(1));
            var other = await inbox.AppendAsync(InboxTestServices.Entry("a:chat-2", "act-2"), CancellationToken.None);

            inbox.RepliesSent(stored.TurnId, 2);
            inbox.RepliesSent(stored.TurnId, 1);
            _clock.Advance(TimeSpan.FromMilliseconds(1));
            await inbox.AppendAsync(InboxTestServices.Entry("a:chat-3", "act-3"), CancellationToken.None);

            var taken = await TakeOverAsync(restarted, max: 2);
            Assert.Equal([(stored.TurnId, 2), (other.TurnId, 0)], taken.Select(t => (t.Id, t.RepliesSent)));
        }
    }

    [Fact]
    public async Task Complete_DatabaseDownUntilTheLeaseRanOut_ListedAsNotYetWrittenThenWrittenNeverTakenOver()
    {
        var outage = new PmgBot.Tests.Integration.OutageInterceptor();
        await using var services = await InboxTestServices.BuildAsync(
            StorageProvider.Sqlite, await ConnectionStringAsync(StorageProvider.Sqlite), _contentRoot, _clock, interceptor: outage);
        var inbox = services.GetRequiredService<IInbox>();
        var stored = await inbox.AppendAsync(InboxTestServices.Entry("a:chat-1", "act-1"), CancellationToken.None);

        outage.Down = true;
        inbox.RepliesSent(stored.TurnId, 1);
        inbox.Complete(stored.TurnId);
        await Eventually(() => outage.Refused > 0);
        _clock.Advance(TimeSpan.FromSeconds(31));
        outage.Down = false;

        // The lease ran out and the row still says pending: only the list keeps the recovery from running it again.
        Assert.Equal([stored.TurnId], inbox.TurnsNotYetWritten);
        Assert.Empty(await TakeOverAsync(services, held: [.. inbox.TurnsNotYetWritten]));
        await Eventually(() =>
        {
            _clock.Advance(TimeSpan.FromSeconds(5));
            return inbox.TurnsNotYetWritten.Count == 0;
        });
        Assert.Equal(InboxStatus.Done, (await RowsAsync(services)).Single().Status);
        Assert.Empty(await TakeOverAsync(services));
    }

    [Fact]
    public async Task AppendAsync_DatabaseDown_UnavailableAndNotWritableThenWritableAgain()
    {
        var down = $"Host=127.0.0.1;Port={FakeConnectorServer.FindFreePort()};Username=nobody;Database=none;Timeout=2";
        await using var services = await InboxTestServices.BuildAsync(StorageProvider.Postgres, down, _contentRoot, _clock, migrate: false);
        var inbox = services.GetRequiredService<IInbox>();

        var answer = await inbox.AppendAsync(InboxTestServices.Entry("a:chat-1", "act-1"), CancellationToken.None);

        Assert.Equal(InboxAppendOutcome.Unavailable, answer.Outcome);
        Assert.False(inbox.IsWritable);
        _clock.Advance(TimeSpan.FromSeconds(11));
        Assert.True(inbox.IsWritable);
    }

    [Fact]
    public async Task AppendAsync_FaultThatIsNotAnOutage_EachAppendTriedAloneAndAnsweredUnavailable()
    {
        // No schema: every statement fails with "no such table" (a fault of the statement, not of the database).
        await using var services = await InboxTestServices.BuildAsync(
            StorageProvider.Sqlite, $"Data Source=data/unmigrated-{Guid.NewGuid():N}.db", _contentRoot, _clock, migrate: false);
        var inbox = services.GetRequiredService<IInbox>();

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => inbox.AppendAsync(InboxTestServices.Entry("a:chat", "act-" + i), CancellationToken.None)));

        Assert.All(answers, a => Assert.Equal(InboxAppendOutcome.Unavailable, a.Outcome));
        Assert.True(inbox.IsWritable);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task TakeOverAsync_LeaseOfAnotherMachine_OnlyOnceItRanOut(StorageProvider provider)
    {
        var (other, mine) = await TwoProcessesAsync(provider, new InboxProcess("machine-a"), new InboxProcess("machine-b"));
        await using (other)
        await using (mine)
        {
            var stored = await other.GetRequiredService<IInbox>().AppendAsync(InboxTestServices.Entry("a:chat-1", "act-1"), CancellationToken.None);

            Assert.Empty(await TakeOverAsync(mine));
            _clock.Advance(TimeSpan.FromSeconds(31));
            var taken = await TakeOverAsync(mine);
            Assert.Equal(stored.TurnId, Assert.Single(taken).Id);
            Assert.Contains("\"act-1\"", taken[0].ActivityJson, StringComparison.Ordinal);
            Assert.Empty(await TakeOverAsync(other));
            Assert.Empty(await TakeOverAsync(mine));

            var row = Assert.Single(await RowsAsync(mine));
            Assert.Equal((mine.GetRequiredService<InboxProcess>().Owner, 1), (row.LeaseOwner, row.Attempts));
        }
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task TakeOverAsync_EarlierIncarnationOnThisMachine_AtOnceExceptTurnsHeldHere(StorageProvider provider)
    {
        var (before, after) = await TwoProcessesAsync(provider, new InboxProcess("machine-a"), new InboxProcess("machine-a"));
        await using (before)
        await using (after)
        {
            var inbox = before.GetRequiredService<IInbox>();
            var appended = new List<InboxAppend>();
            for (var i = 1; i <= 4; i++)
            {
                appended.Add(await inbox.AppendAsync(InboxTestServices.Entry("a:chat-" + i, "act-" + i), CancellationToken.None));
                _clock.Advance(TimeSpan.FromMilliseconds(1));
            }

            var (first, second) = (appended[0], appended[1]);
            inbox.Complete(appended[2].TurnId);
            await inbox.AppendAsync(InboxTestServices.Entry("a:chat-5", "act-5"), CancellationToken.None);

            // The restarted process takes the unfinished turns of the one before it without waiting for their lease.
            var taken = await TakeOverAsync(after, max: 2);
            Assert.Equal([first.TurnId, second.TurnId], taken.Select(t => t.Id));

            // The process that stored them (still alive in this test) leaves alone what it holds in memory.
            Assert.Empty(await TakeOverAsync(after, held: [.. (await RowsAsync(after)).Where(r => r.Status == InboxStatus.Pending).Select(r => r.Id)]));
        }
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task TakeOverAsync_TurnThatNeverFinishes_AbandonedAfterMaxAttemptsWithBodyErased(StorageProvider provider)
    {
        await using var services = await BuildAsync(provider);
        var stored = await services.GetRequiredService<IInbox>().AppendAsync(InboxTestServices.Entry("a:chat-1", "act-1"), CancellationToken.None);

        var takes = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(31));
            takes.Add((await TakeOverAsync(services)).Count);
        }

        Assert.Equal([1, 1, 1, 0, 0], takes);
        var row = Assert.Single(await RowsAsync(services));
        Assert.Equal((stored.TurnId, InboxStatus.Abandoned, ""), (row.Id, row.Status, row.ActivityJson));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task ExtendLeaseAsync_OwnTurnAndTakenOverTurn_ExtendsOnlyTheOwn(StorageProvider provider)
    {
        var (other, mine) = await TwoProcessesAsync(provider, new InboxProcess("machine-a"), new InboxProcess("machine-b"));
        await using (other)
        await using (mine)
        {
            var kept = await mine.GetRequiredService<IInbox>().AppendAsync(InboxTestServices.Entry("a:chat-1", "act-1"), CancellationToken.None);
            var lost = await mine.GetRequiredService<IInbox>().AppendAsync(InboxTestServices.Entry("a:chat-2", "act-2"), CancellationToken.None);
            _clock.Advance(TimeSpan.FromSeconds(31));
            Assert.Equal(2, (await TakeOverAsync(other, max: 2)).Count);
            await using (var scope = other.CreateAsyncScope())
            {
                // Give the first turn back to "mine" as if it had extended in time.
                await scope.ServiceProvider.GetRequiredService<PmgDbContext>().InboxTurns.Where(t => t.Id == kept.TurnId)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.LeaseOwner, mine.GetRequiredService<InboxProcess>().Owner));
            }

            await using var own = mine.CreateAsyncScope();
            var recovery = own.ServiceProvider.GetRequiredService<InboxRecovery>();
            Assert.NotNull(await recovery.ExtendLeaseAsync(kept.TurnId, CancellationToken.None));
            Assert.Null(await recovery.ExtendLeaseAsync(lost.TurnId, CancellationToken.None));
        }
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task PurgeAsync_DoneTurnsOlderThanTheRetention_RemovedPendingKept(StorageProvider provider)
    {
        await using var services = await BuildAsync(provider);
        var inbox = services.GetRequiredService<IInbox>();
        var old = await inbox.AppendAsync(InboxTestServices.Entry("a:chat-1", "act-1"), CancellationToken.None);
        var pending = await inbox.AppendAsync(InboxTestServices.Entry("a:chat-2", "act-2"), CancellationToken.None);
        inbox.Complete(old.TurnId);
        await inbox.AppendAsync(InboxTestServices.Entry("a:chat-3", "act-3"), CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(61));
        var recent = await inbox.AppendAsync(InboxTestServices.Entry("a:chat-4", "act-4"), CancellationToken.None);
        inbox.Complete(recent.TurnId);
        await inbox.AppendAsync(InboxTestServices.Entry("a:chat-5", "act-5"), CancellationToken.None);

        await using var scope = services.CreateAsyncScope();
        var removed = await scope.ServiceProvider.GetRequiredService<InboxRecovery>().PurgeAsync(CancellationToken.None);

        Assert.Equal(1, removed);
        var ids = (await RowsAsync(services)).Select(r => r.Id).ToList();
        Assert.DoesNotContain(old.TurnId, ids);
        Assert.Contains(pending.TurnId, ids);
        Assert.Contains(recent.TurnId, ids);
    }

    private static async Task Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not hold within 20 s");
            await Task.Delay(20);
        }
    }

    private async Task<ServiceProvider> BuildAsync(StorageProvider provider, InboxProcess? process = null) =>
        await InboxTestServices.BuildAsync(provider, await ConnectionStringAsync(provider), _contentRoot, _clock, process);

    private async Task<(ServiceProvider First, ServiceProvider Second)> TwoProcessesAsync(StorageProvider provider, InboxProcess first, InboxProcess second)
    {
        var connectionString = await ConnectionStringAsync(provider);
        return (await InboxTestServices.BuildAsync(provider, connectionString, _contentRoot, _clock, first),
            await InboxTestServices.BuildAsync(provider, connectionString, _contentRoot, _clock, second));
    }

    private async Task<string> ConnectionStringAsync(StorageProvider provider)
    {
        if (provider == StorageProvider.Postgres)
        {
            var connectionString = await postgres.CreateDatabaseAsync();
            _postgresDatabases.Add(connectionString);
            return connectionString;
        }

        return $"Data Source=data/inbox-{Guid.NewGuid():N}.db";
    }

    private static async Task<IReadOnlyList<RecoveredTurn>> TakeOverAsync(IServiceProvider services, int max = 100, HashSet<Guid>? held = null)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InboxRecovery>().TakeOverAsync(held ?? [], max, CancellationToken.None);
    }

    private static async Task<List<InboxTurn>> RowsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PmgDbContext>().InboxTurns.AsNoTracking().OrderBy(t => t.ReceivedAtUtc).ThenBy(t => t.Id).ToListAsync();
    }
}
