using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Connector;
using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;
using PmgBot.Jobs.Outbox;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Outbox;

/// <summary>One dispatcher run at a time, on a manual clock, against the fake connector over real HTTP.</summary>
public sealed class OutboxDispatchRunTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private readonly TestClock _clock = new();
    private readonly BeforeNextTransaction _rival = new();
    private FakeConnectorServer _server = null!;
    private ServiceProvider _services = null!;

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    public async Task InitializeAsync()
    {
        _server = await FakeConnectorServer.StartAsync();
        _services = OutboxTestServices.Build(_database, _clock, new() { ["Outbox:MaxAttempts"] = "3" }, _rival);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task RunOnceAsync_Delivered_MarksSentWithTheActivityId()
    {
        var id = await EnqueueAsync("a:1", "m1");

        await RunAsync();

        var row = await RowAsync(id);
        Assert.Equal((OutboxStatus.Sent, 1, (int?)200, (DateTime?)Now, (DateTime?)null), (row.Status, row.Attempts, row.LastStatusCode, row.SentAtUtc, row.LeaseUntilUtc));
        Assert.StartsWith("act-", row.SentActivityId, StringComparison.Ordinal);
        var request = Assert.Single(_server.Requests);
        Assert.Equal(("/v3/conversations/a:1/activities", "m1"), (request.Path, request.Marker));
    }

    [Fact]
    public async Task RunOnceAsync_TooManyRequests_ReschedulesExactlyRetryAfterAndHoldsTheConversationInOrder()
    {
        var a1 = await EnqueueAsync("a:1", "a1");
        var a2 = await EnqueueAsync("a:1", "a2");
        var a3 = await EnqueueAsync("a:1", "a3");
        var b1 = await EnqueueAsync("b:1", "b1");
        _server.Behaviour = call => call.Marker == "a1" && call.Sequence <= 2 ? FakeConnectorResponse.TooManyRequests("2") : null;
        var start = Now;

        var wait = await RunAsync();

        var first = await RowAsync(a1);
        Assert.Equal((OutboxStatus.Pending, 1, (int?)429, start.AddSeconds(2)), (first.Status, first.Attempts, first.LastStatusCode, first.NextAttemptAtUtc));
        foreach (var held in new[] { a2, a3 })
        {
            var row = await RowAsync(held);
            Assert.Equal((OutboxStatus.Pending, 0, start.AddSeconds(2)), (row.Status, row.Attempts, row.NextAttemptAtUtc));
        }

        Assert.Equal(OutboxStatus.Sent, (await RowAsync(b1)).Status);
        Assert.Equal(TimeSpan.FromSeconds(2) + TimeSpan.FromMilliseconds(1), wait);

        _clock.Advance(TimeSpan.FromMilliseconds(1999));
        await RunAsync();
        Assert.Equal(2, _server.Requests.Count);

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        await RunAsync();
        Assert.Equal(["a1", "a1", "a2", "a3"], _server.Requests.Where(r => r.Path.Contains("a:1", StringComparison.Ordinal)).Select(r => r.Marker!));
        Assert.Equal("b1", Assert.Single(_server.Requests, r => r.Path.Contains("b:1", StringComparison.Ordinal)).Marker);
        foreach (var id in new[] { a1, a2, a3, b1 })
        {
            Assert.Equal(OutboxStatus.Sent, (await RowAsync(id)).Status);
        }
    }

    [Fact]
    public async Task RunOnceAsync_Outage_BacksOffWithinTheCeiling()
    {
        var id = await EnqueueAsync("a:1", "m1");
        _server.Behaviour = FakeConnectorBehaviours.Outage(503);
        var start = Now;

        await RunAsync();

        var row = await RowAsync(id);
        Assert.Equal((OutboxStatus.Pending, 1, (int?)503), (row.Status, row.Attempts, row.LastStatusCode));
        Assert.InRange(row.NextAttemptAtUtc, start, start.AddSeconds(1));
    }

    [Fact]
    public async Task RunOnceAsync_ConnectorDown_RetryLaterWithoutStatus()
    {
        var id = await EnqueueAsync("a:1", "m1", serviceUrl: $"http://127.0.0.1:{FakeConnectorServer.FindFreePort()}/");

        await RunAsync();

        var row = await RowAsync(id);
        Assert.Equal((OutboxStatus.Pending, 1, (int?)null), (row.Status, row.Attempts, row.LastStatusCode));
        Assert.StartsWith("transport", row.LastError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(500, OutboxStatus.MaybeDelivered)]
    [InlineData(403, OutboxStatus.Failed)]
    [InlineData(404, OutboxStatus.Failed)]
    [InlineData(413, OutboxStatus.Failed)]
    public async Task RunOnceAsync_FinalOutcome_EndsTheMessageAndNeverResends(int status, OutboxStatus expected)
    {
        var id = await EnqueueAsync("a:1", "m1");
        _server.Behaviour = _ => FakeConnectorResponse.Status(status);

        await RunAsync();
        _clock.Advance(TimeSpan.FromHours(1));
        await RunAsync();

        var row = await RowAsync(id);
        Assert.Equal((expected, 1, (int?)status), (row.Status, row.Attempts, row.LastStatusCode));
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task RunOnceAsync_RetriesExhausted_Failed()
    {
        var id = await EnqueueAsync("a:1", "m1");
        _server.Behaviour = _ => FakeConnectorResponse.TooManyRequests("1");

        for (var i = 0; i < 5; i++)
        {
            await RunAsync();
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        var row = await RowAsync(id);
        Assert.Equal((OutboxStatus.Failed, 3), (row.Status, row.Attempts));
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task RunOnceAsync_SendingWithExpiredLease_TakenAgain()
    {
        var crashed = await EnqueueAsync("a:1", "crashed");
        var busy = await EnqueueAsync("b:1", "busy");
        await using (var db = _database.CreateContext())
        {
            await db.OutboxMessages.Where(m => m.Id == crashed).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Sending).SetProperty(m => m.Attempts, 1).SetProperty(m => m.LeaseUntilUtc, Now.AddSeconds(-1)));
            await db.OutboxMessages.Where(m => m.Id == busy).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Sending).SetProperty(m => m.Attempts, 1).SetProperty(m => m.LeaseUntilUtc, Now.AddSeconds(30)));
        }

        var wait = await RunAsync();

        Assert.Equal((OutboxStatus.Sent, 2), ((await RowAsync(crashed)).Status, (await RowAsync(crashed)).Attempts));
        Assert.Equal(OutboxStatus.Sending, (await RowAsync(busy)).Status);
        Assert.Equal("crashed", Assert.Single(_server.Requests).Marker);
        Assert.Equal(TimeSpan.FromSeconds(30) + TimeSpan.FromMilliseconds(1), wait);
    }

    [Fact]
    public async Task RunOnceAsync_AnotherDispatcherTookACandidate_ClaimsTheOthersOnceAndLeavesItsOne()
    {
        var a = await EnqueueAsync("a:1", "a1");
        var b = await EnqueueAsync("b:1", "b1");
        var c = await EnqueueAsync("c:1", "c1");
        var othersLease = Now.AddMinutes(2);
        // After this run read its candidates and before it claims them, another dispatcher takes b.
        _rival.Arm(async () =>
        {
            await using var db = _database.CreateContext();
            await db.OutboxMessages.Where(m => m.Id == b).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Sending).SetProperty(m => m.Attempts, 1).SetProperty(m => m.LeaseUntilUtc, othersLease));
        });

        await RunAsync();

        Assert.Equal(["a1", "c1"], _server.Requests.Select(r => r.Marker!).Order(StringComparer.Ordinal));
        foreach (var sent in new[] { a, c })
        {
            Assert.Equal((OutboxStatus.Sent, 1), ((await RowAsync(sent)).Status, (await RowAsync(sent)).Attempts));
        }

        var taken = await RowAsync(b);
        Assert.Equal((OutboxStatus.Sending, 1, (DateTime?)othersLease), (taken.Status, taken.Attempts, taken.LeaseUntilUtc));
    }

    [Fact]
    public async Task RunOnceAsync_MoreDueThanABatch_EarliestDueFirst()
    {
        var retried = await EnqueueAsync("a:1", "retried");
        await EnqueueAsync("b:1", "b");
        await EnqueueAsync("c:1", "c");
        await EnqueueAsync("d:1", "d");
        await using (var db = _database.CreateContext())
        {
            // The oldest message was tried and rescheduled: due now, after the three that waited since they were made.
            await db.OutboxMessages.Where(m => m.Id == retried).ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAtUtc, Now));
        }

        await using var batchOfThree = OutboxTestServices.Build(_database, _clock, new() { ["Outbox:BatchSize"] = "3" });
        var wait = await RunAsync(batchOfThree);

        Assert.Equal(["b", "c", "d"], _server.Requests.Select(r => r.Marker!).Order(StringComparer.Ordinal));
        Assert.Equal((OutboxStatus.Pending, 0), ((await RowAsync(retried)).Status, (await RowAsync(retried)).Attempts));
        Assert.Equal(TimeSpan.Zero, wait);
    }

    [Fact]
    public async Task RunOnceAsync_NothingDue_SendsNothingAndReportsTheWait()
    {
        var id = await EnqueueAsync("a:1", "m1");
        await using (var db = _database.CreateContext())
        {
            await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAtUtc, Now.AddSeconds(10)));
        }

        var wait = await RunAsync();

        Assert.Empty(_server.Requests);
        Assert.Equal(TimeSpan.FromSeconds(10) + TimeSpan.FromMilliseconds(1), wait);
    }

    [Fact]
    public async Task RunOnceAsync_EmptyOutbox_ReportsNothingDue()
    {
        Assert.Null(await RunAsync());
    }

    [Fact]
    public async Task RunOnceAsync_LongRateLimitWait_PutsTheMessageBackWithoutAnAttempt()
    {
        var id = await EnqueueAsync("a:1", "m1");
        _services.GetRequiredService<TeamsRateLimiter>().PauseUntil("a:1", _clock.GetUtcNow().AddMinutes(1));

        await RunAsync();

        var row = await RowAsync(id);
        Assert.Equal((OutboxStatus.Pending, 0, Now.AddMinutes(1)), (row.Status, row.Attempts, row.NextAttemptAtUtc));
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task RunOnceAsync_CorruptStoredActivity_Failed()
    {
        var id = await EnqueueAsync("a:1", "m1");
        await using (var db = _database.CreateContext())
        {
            await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.ActivityJson, "{not json"));
        }

        await RunAsync();

        Assert.Equal(OutboxStatus.Failed, (await RowAsync(id)).Status);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task RunOnceAsync_Replacement_WaitsForItsOriginalThenPutsOverItsActivityId()
    {
        var original = await EnqueueAsync("a:1", "card");
        var replacement = await EnqueueUpdateAsync(original, "card-v1");
        _server.Behaviour = call => call.Marker == "card" && call.Sequence == 1 ? FakeConnectorResponse.TooManyRequests("1") : null;

        await RunAsync();

        Assert.Equal(["card"], _server.Requests.Select(r => r.Marker!));
        Assert.Equal((OutboxStatus.Pending, 0), ((await RowAsync(replacement)).Status, (await RowAsync(replacement)).Attempts));

        _clock.Advance(TimeSpan.FromSeconds(1));
        await RunAsync();

        var sent = await RowAsync(original);
        var requests = _server.Requests;
        Assert.Equal(
            [("POST", "/v3/conversations/a:1/activities", "card"), ("POST", "/v3/conversations/a:1/activities", "card"),
             ("PUT", "/v3/conversations/a:1/activities/" + sent.SentActivityId, "card-v1")],
            requests.Select(r => (r.Method, r.Path, r.Marker!)));
        Assert.Equal(FakeConnectorOperation.UpdateActivity, requests[^1].Operation);
        Assert.Equal((OutboxStatus.Sent, 1), ((await RowAsync(replacement)).Status, (await RowAsync(replacement)).Attempts));
    }

    [Fact]
    public async Task RunOnceAsync_ReplacementOfAnOriginalClaimedElsewhere_WaitsUntilItsLeaseEnds()
    {
        var original = await EnqueueAsync("a:1", "card");
        var replacement = await EnqueueUpdateAsync(original, "card-v1");
        var lease = Now.AddSeconds(30);
        await using (var db = _database.CreateContext())
        {
            await db.OutboxMessages.Where(m => m.Id == original).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Sending).SetProperty(m => m.Attempts, 1).SetProperty(m => m.LeaseUntilUtc, lease));
        }

        await RunAsync();

        var row = await RowAsync(replacement);
        Assert.Equal((OutboxStatus.Pending, 0, lease), (row.Status, row.Attempts, row.NextAttemptAtUtc));
        Assert.Empty(_server.Requests);
    }

    [Theory]
    [InlineData(OutboxStatus.Failed)]
    [InlineData(OutboxStatus.MaybeDelivered)]
    public async Task RunOnceAsync_ReplacementOfAMessageNeverDelivered_FailsWithoutACall(OutboxStatus originalStatus)
    {
        var original = await EnqueueAsync("a:1", "card");
        var replacement = await EnqueueUpdateAsync(original, "card-v1");
        await using (var db = _database.CreateContext())
        {
            await db.OutboxMessages.Where(m => m.Id == original).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, originalStatus));
        }

        await RunAsync();

        var row = await RowAsync(replacement);
        Assert.Equal((OutboxStatus.Failed, "the message to replace was never delivered"), (row.Status, row.LastError));
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task EnqueueUpdateAsync_SameKeyTwiceOrUnknownOriginal_OneReplacementOrNone()
    {
        var original = await EnqueueAsync("a:1", "card");

        var first = await EnqueueUpdateAsync(original, "card-v1");
        var second = await EnqueueUpdateAsync(original, "card-v1");
        await using var scope = _services.CreateAsyncScope();
        var unknown = await scope.ServiceProvider.GetRequiredService<IOutbox>().EnqueueUpdateAsync(Guid.NewGuid(), new Activity { Text = "x" }, "x", CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Null(unknown);
        var row = await RowAsync(first);
        Assert.Equal((original, "a:1", _server.ServiceUrl), (row.ReplacesMessageId!.Value, row.ConversationId, row.ServiceUrl));
    }

    private async Task<Guid> EnqueueUpdateAsync(Guid original, string marker)
    {
        await using var scope = _services.CreateAsyncScope();
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "Bijgewerkt",
            ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, string> { [FakeConnectorServer.MarkerProperty] = marker }),
        };
        var id = await scope.ServiceProvider.GetRequiredService<IOutbox>().EnqueueUpdateAsync(original, activity, marker + ":update", CancellationToken.None);
        _clock.Advance(TimeSpan.FromTicks(10));
        Assert.NotNull(id);
        return id.Value;
    }

    private async Task<Guid> EnqueueAsync(string conversationId, string marker, string? serviceUrl = null)
    {
        await using var scope = _services.CreateAsyncScope();
        var target = new ConversationReference(serviceUrl ?? _server.ServiceUrl, conversationId, "tenant-1", null, null, "28:bot", "msteams", "personal");
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "Herinnering",
            ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, string> { [FakeConnectorServer.MarkerProperty] = marker }),
        };
        var id = await scope.ServiceProvider.GetRequiredService<IOutbox>().EnqueueAsync(target, activity, marker + ":" + conversationId, CancellationToken.None);
        _clock.Advance(TimeSpan.FromTicks(10));
        return id;
    }

    private async Task<TimeSpan?> RunAsync(ServiceProvider? services = null)
    {
        await using var scope = (services ?? _services).CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatchRun>().RunOnceAsync(CancellationToken.None);
    }

    private async Task<OutboxMessage> RowAsync(Guid id)
    {
        await using var db = _database.CreateContext();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id);
    }
}
