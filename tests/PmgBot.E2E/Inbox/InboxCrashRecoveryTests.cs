using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PmgBot.E2E.Support;
using PmgBot.Tests.Support;
using Xunit.Abstractions;

namespace PmgBot.E2E.Inbox;

/// <summary>
/// Issue 17's acceptance: the real bot process is killed with SIGKILL right after a burst of 300 messages into 300
/// personal chats; after a restart on the same database every message that was answered 2xx gets its reply, exactly
/// once except a reply whose send had reached the connector in the millisecond before it was recorded (counted and
/// printed), and none that was refused gets one.
/// </summary>
public sealed class InboxCrashRecoveryTests(ITestOutputHelper output)
{
    private const int MessageCount = 300;
    private const string Tenant = "00000000-0000-0000-0000-0000000000001";
    private const string DemoUser = "00000000-0000-0000-0000-0000000000020";

    [Fact]
    public async Task KilledRightAfterABurst_EveryAcceptedMessageAnsweredExactlyOnceAfterRestart()
    {
        using var data = new TempDirectory("pmgbot-e2e-inbox-");
        var databasePath = Path.Combine(data.Path, "pmgbot.db");
        await using var connector = await FakeConnectorServer.StartAsync();
        var run = Guid.NewGuid().ToString("N")[..8];

        var accepted = new List<string>();
        var refused = new List<string>();
        int repliesBeforeKill;
        await using (var bot = await StartBotAsync(databasePath, "inbox-kill-1"))
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var conversations = Enumerable.Range(0, MessageCount).Select(i => $"a:kill-{run}-{i.ToString("D3", CultureInfo.InvariantCulture)}").ToList();
            var answers = await Task.WhenAll(conversations.Select(async c =>
            {
                using var response = await client.PostAsync(bot.MessagesEndpoint, Help(c, connector.ServiceUrl));
                return (Conversation: c, Status: response.StatusCode);
            }));
            await bot.KillAsync();
            repliesBeforeKill = RepliedConversations(connector).Count;
            foreach (var (conversation, status) in answers)
            {
                ((int)status is >= 200 and < 300 ? accepted : refused).Add(conversation);
            }
        }

        // The send and its record cannot be one atomic step (the connector has no idempotency key): a reply is recorded
        // the moment its body is on the wire. A reply the connector had before the kill without that record (the
        // record's own commit, about a millisecond) may be sent twice; every other accepted message exactly once.
        var repliedBeforeKill = RepliedConversations(connector).ToHashSet(StringComparer.Ordinal);
        var recorded = await RecordedConversationsAsync(databasePath);
        var unrecorded = repliedBeforeKill.Where(c => !recorded.Contains(c)).ToHashSet(StringComparer.Ordinal);
        output.WriteLine($"{accepted.Count} accepted, {refused.Count} refused, {repliesBeforeKill} replies before the kill, {unrecorded.Count} of them not yet recorded");
        Assert.NotEmpty(accepted);
        Assert.True(repliesBeforeKill < accepted.Count, "the kill should come before every reply was sent");

        await using var restarted = await StartBotAsync(databasePath, "inbox-kill-2");
        var watch = Stopwatch.StartNew();
        while (RepliedConversations(connector).Distinct().Count() < accepted.Count && watch.Elapsed < TimeSpan.FromSeconds(120))
        {
            Assert.False(restarted.HasExited, "the bot exited: " + restarted.OutputTail());
            await Task.Delay(200);
        }

        // Settle: longer than the inbox's recovery interval and the outbox's lease, so a duplicate would show.
        await Task.Delay(TimeSpan.FromSeconds(8));
        var replied = RepliedConversations(connector);
        var twice = replied.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        output.WriteLine($"{replied.Count} replies in all, the last {watch.Elapsed.TotalSeconds:F1} s after the restart; {twice.Count} answered twice");
        Assert.Equal(accepted.Order(StringComparer.Ordinal), replied.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        Assert.All(replied.GroupBy(c => c, StringComparer.Ordinal), g => Assert.True(g.Count() == 1 || unrecorded.Contains(g.Key), $"{g.Key} answered {g.Count()} times"));
        Assert.All(twice, c => Assert.Equal(2, replied.Count(r => r == c)));
    }

    /// <summary>Conversations whose turn is done or has its reply recorded as sent.</summary>
    private static async Task<HashSet<string>> RecordedConversationsAsync(string databasePath)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"ConversationId\" FROM \"InboxTurns\" WHERE \"Status\" = 1 OR \"RepliesSent\" > 0";
        var done = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            done.Add(reader.GetString(0));
        }

        return done;
    }

    private static List<string> RepliedConversations(FakeConnectorServer connector) =>
        [.. connector.Requests.Where(r => r.Path.Split('/').Length > 4 && r.Body.Contains("\"replyToId\"", StringComparison.Ordinal)).Select(r => Uri.UnescapeDataString(r.Path.Split('/')[3]))];

    private static StringContent Help(string conversation, string serviceUrl)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "msg-" + conversation,
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = "29:" + DemoUser, ["name"] = "Alex Wilber", ["aadObjectId"] = DemoUser },
            ["recipient"] = new JsonObject { ["id"] = "28:pmgbot", ["name"] = "PmgBot" },
            ["conversation"] = new JsonObject { ["id"] = conversation, ["conversationType"] = "personal", ["tenantId"] = Tenant },
            ["text"] = "help",
            ["textFormat"] = "plain",
            ["locale"] = "nl-NL",
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
        };
        return new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
    }

    private static Task<BotProcess> StartBotAsync(string databasePath, string logName) =>
        BotProcess.StartAsync(new BotProcessOptions
        {
            Port = FakeConnectorServer.FindFreePort(),
            DatabasePath = databasePath,
            LogName = logName,
            Environment = new Dictionary<string, string?>
            {
                ["Inbox__RecoveryInterval"] = "00:00:01",
                ["Outbox__PollInterval"] = "00:00:00.500",
                ["Outbox__LeaseDuration"] = "00:00:05",
            },
        });
}
