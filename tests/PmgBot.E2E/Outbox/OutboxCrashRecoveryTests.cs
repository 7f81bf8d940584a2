using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using PmgBot.Core.Outbox;
using PmgBot.E2E.Support;
using Xunit.Abstractions;

namespace PmgBot.E2E.Outbox;

/// <summary>
/// Acceptance B: the real bot process (its hosted outbox dispatcher) is killed with SIGKILL while 20 proactive
/// messages wait for a connector that is down; after a restart every message reaches the connector exactly once.
/// </summary>
public sealed class OutboxCrashRecoveryTests(ITestOutputHelper output)
{
    private const int MessageCount = 20;

    /// <summary>Short timings so the test does not wait for production back-offs and leases.</summary>
    private static readonly Dictionary<string, string?> FastOutbox = new()
    {
        ["Demo__Seed"] = "false",
        ["Outbox__PollInterval"] = "00:00:00.500",
        ["Outbox__LeaseDuration"] = "00:00:05",
        ["Outbox__BaseBackoff"] = "00:00:00.500",
        ["Outbox__MaxBackoff"] = "00:00:02",
        ["Outbox__MaxAttempts"] = "1000",
        ["Connector__Timeout"] = "00:00:30",
    };

    [Fact]
    public async Task KilledBot_ConnectorRefusingThenBack_DeliversEveryQueuedMessageExactlyOnce()
    {
        using var data = new TempDirectory("pmgbot-e2e-outbox-");
        var databasePath = Path.Combine(data.Path, "pmgbot.db");
        var connectorPort = FreePort();
        var serviceUrl = $"http://127.0.0.1:{connectorPort}/";

        // Connector down: nothing listens on its port, every call is refused.
        await using var bot = await StartBotAsync(databasePath, "outbox-refused-1");
        List<string> markers;
        await using (var database = new OutboxDatabase(databasePath))
        {
            markers = await EnqueueAsync(database, serviceUrl);
            await WaitUntilAsync(
                async () => (await database.RowsAsync()).Count(r => r.Attempts > 0) >= 4,
                TimeSpan.FromSeconds(60), "the dispatcher to try each conversation", bot);
            Assert.All(await database.RowsAsync(), r => Assert.NotEqual(OutboxStatus.Sent, r.Status));
        }

        await bot.KillAsync();

        await using var connector = await FakeConnectorServer.StartAsync(connectorPort);
        await using var restarted = await StartBotAsync(databasePath, "outbox-refused-2");
        await AssertDeliveredExactlyOnceAsync(connector, databasePath, markers, restarted);
    }

    [Fact]
    public async Task KilledBot_WhileSendsHang_LeasedMessagesTakenAgainAndDeliveredExactlyOnce()
    {
        using var data = new TempDirectory("pmgbot-e2e-outbox-");
        var databasePath = Path.Combine(data.Path, "pmgbot.db");
        var connectorPort = FreePort();
        var serviceUrl = $"http://127.0.0.1:{connectorPort}/";

        // Connector hangs: the port accepts connections but nothing ever reads or answers, so the dispatcher is
        // killed with its claimed messages in Sending (leased). Nothing reached a connector application.
        var blackHole = new TcpListener(IPAddress.Loopback, connectorPort);
        blackHole.Start(backlog: 64);
        // The hanging calls must still be waiting when the bot is killed (a timeout would make them MaybeDelivered).
        await using var bot = await StartBotAsync(databasePath, "outbox-hang-1", new() { ["Connector__Timeout"] = "00:05:00" });
        List<string> markers;
        try
        {
            await using var database = new OutboxDatabase(databasePath);
            markers = await EnqueueAsync(database, serviceUrl, oneTransaction: true);
            await WaitUntilAsync(
                async () => (await database.RowsAsync()).Count(r => r.Status == OutboxStatus.Sending && r.Attempts > 0) == MessageCount,
                TimeSpan.FromSeconds(60), "the dispatcher to claim all messages", bot);
            await bot.KillAsync();
            Assert.All(await database.RowsAsync(), r => Assert.Equal(OutboxStatus.Sending, r.Status));
        }
        finally
        {
            blackHole.Stop();
            blackHole.Dispose();
        }

        await using var connector = await FakeConnectorServer.StartAsync(connectorPort);
        await using var restarted = await StartBotAsync(databasePath, "outbox-hang-2");
        await AssertDeliveredExactlyOnceAsync(connector, databasePath, markers, restarted);
    }

    private async Task AssertDeliveredExactlyOnceAsync(FakeConnectorServer connector, string databasePath, List<string> markers, BotProcess bot)
    {
        await WaitUntilAsync(
            () => Task.FromResult(connector.Requests.Select(r => r.Marker).Distinct().Count(m => m is not null) >= MessageCount),
            TimeSpan.FromSeconds(90), "all messages at the connector", bot);

        // Settle: longer than the lease and several polls, so a duplicate would have shown up.
        await Task.Delay(TimeSpan.FromSeconds(7));

        var requests = connector.Requests;
        output.WriteLine($"{requests.Count} requests at the connector after the restart");
        Assert.Equal(markers, requests.Select(r => r.Marker!).Order(StringComparer.Ordinal));
        Assert.All(requests, r => Assert.Equal((200, FakeConnectorOperation.SendToConversation), (r.StatusCode, r.Operation!.Value)));

        await using var database = new OutboxDatabase(databasePath);
        var rows = await database.RowsAsync();
        Assert.Equal(MessageCount, rows.Count);
        Assert.All(rows, r => Assert.Equal(OutboxStatus.Sent, r.Status));
        Assert.All(rows, r => Assert.NotNull(r.SentActivityId));
    }

    private static async Task<List<string>> EnqueueAsync(OutboxDatabase database, string serviceUrl, bool oneTransaction = false)
    {
        var messages = Enumerable.Range(0, MessageCount)
            .Select(i => ("a:e2e-user-" + (i % 4).ToString(CultureInfo.InvariantCulture), "e2e-" + i.ToString("D2", CultureInfo.InvariantCulture)))
            .ToList();
        if (oneTransaction)
        {
            await database.EnqueueAllAsync(serviceUrl, messages);
        }
        else
        {
            foreach (var (conversationId, marker) in messages)
            {
                await database.EnqueueAsync(serviceUrl, conversationId, marker);
            }
        }

        return [.. messages.Select(m => m.Item2)];
    }

    private static Task<BotProcess> StartBotAsync(string databasePath, string logName, Dictionary<string, string?>? extra = null) =>
        BotProcess.StartAsync(new BotProcessOptions
        {
            Port = FreePort(),
            DatabasePath = databasePath,
            LogName = logName,
            Environment = new Dictionary<string, string?>(FastOutbox.Concat(extra ?? []).GroupBy(kv => kv.Key).Select(g => g.Last())),
        });

    private static int FreePort() => FakeConnectorServer.FindFreePort();

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what, BotProcess bot)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > timeout)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {what}. Bot log {bot.LogPath}:\n{bot.OutputTail()}");
            }

            await Task.Delay(200);
        }
    }
}
