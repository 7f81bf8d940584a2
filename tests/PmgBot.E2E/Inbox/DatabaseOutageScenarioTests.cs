using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Npgsql;
using PmgBot.E2E.Support;
using PmgBot.Tests.Support;
using Xunit.Abstractions;

namespace PmgBot.E2E.Inbox;

/// <summary>
/// Issue 17's outage acceptance: the bot on PostgreSQL, a trickle of messages (each in its own personal chat) and
/// report submissions, and PostgreSQL stopped for 20 s in the middle. Every message is either refused with 503 (and
/// answered normally when it is delivered again, as Teams does) or answered normally after the recovery; none is
/// answered with an error text; every submission ends with its report stored exactly once (a submission refused
/// during the outage is sent again with the same card, as the user would click again).
/// </summary>
public sealed class DatabaseOutageScenarioTests(ITestOutputHelper output)
{
    private const string Tenant = "00000000-0000-0000-0000-0000000000001";
    private const string DemoUser = "00000000-0000-0000-0000-0000000000020";
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task PostgresDownFor20Seconds_TrickleOfMessagesAndReports_NoneLostNoneTwiceNoErrorText()
    {
        await using var postgres = await PostgresServer.StartOwnAsync();
        var connectionString = new NpgsqlConnectionStringBuilder(await postgres.CreateDatabaseAsync()) { Timeout = 2, CommandTimeout = 5 }.ConnectionString;
        await using var connector = await FakeConnectorServer.StartAsync();
        await using var bot = await BotProcess.StartAsync(new BotProcessOptions
        {
            Port = FakeConnectorServer.FindFreePort(),
            LogName = "outage-postgres",
            Environment = new Dictionary<string, string?>
            {
                ["Database__Provider"] = "Postgres",
                ["Database__ConnectionString"] = connectionString,
                ["Inbox__RecoveryInterval"] = "00:00:01",
                ["Inbox__MaxRetryDelay"] = "00:00:02",
                ["Outbox__PollInterval"] = "00:00:00.500",
            },
        });
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var run = Guid.NewGuid().ToString("N")[..8];
        var messages = new ConcurrentDictionary<string, List<HttpStatusCode>>(StringComparer.Ordinal);
        var submissions = new ConcurrentDictionary<string, List<string>>(StringComparer.Ordinal);

        var clock = Stopwatch.StartNew();
        var outage = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
            await postgres.StopAsync();
            output.WriteLine($"PostgreSQL stopped at {clock.Elapsed.TotalSeconds:F1} s");
            await Task.Delay(Outage);
            await postgres.RestartAsync();
            output.WriteLine($"PostgreSQL started again at {clock.Elapsed.TotalSeconds:F1} s");
        });

        var senders = new List<Task>();
        for (var i = 0; clock.Elapsed < TimeSpan.FromSeconds(32); i++)
        {
            var n = i.ToString("D3", CultureInfo.InvariantCulture);
            senders.Add(DeliverMessageAsync(client, bot, connector, $"a:outage-{run}-{n}", messages));
            if (i % 8 == 0)
            {
                senders.Add(SubmitReportAsync(client, bot, connector, $"a:outage-report-{run}-{n}", Guid.NewGuid().ToString(), submissions));
            }

            await Task.Delay(250);
        }

        await outage;
        await Task.WhenAll(senders);
        await Task.Delay(TimeSpan.FromSeconds(5));

        // Activities posted into a conversation (/v3/conversations/{id}/activities…); creating a chat for a notice is not a reply.
        // Replies only: the demo data gives the test's user (Alex) overdue action items, whose reminders may come in between.
        var replies = connector.Requests.Where(r => r.Path.Split('/').Length > 4 && r.Body.Contains("\"replyToId\"", StringComparison.Ordinal))
            .Select(r => (Conversation: Uri.UnescapeDataString(r.Path.Split('/')[3]), r.Body)).ToList();
        var refusedThenAccepted = messages.Count(m => m.Value.Contains(HttpStatusCode.ServiceUnavailable));
        output.WriteLine($"{messages.Count} messages ({refusedThenAccepted} refused with 503 first), {submissions.Count} report submissions "
            + $"({submissions.Count(s => s.Value.Count > 1)} answered 'not stored, try again' first), {replies.Count} replies");
        Assert.True(refusedThenAccepted > 0 || submissions.Any(s => s.Value.Count > 1), "the outage should have been noticed");

        Assert.DoesNotContain(replies, r => r.Body.Contains("Er ging iets mis", StringComparison.Ordinal));
        foreach (var (conversation, statuses) in messages)
        {
            Assert.Equal(HttpStatusCode.Accepted, statuses[^1]);
            Assert.Single(replies, r => r.Conversation == conversation);
        }

        await using var database = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await database.OpenAsync();
        foreach (var (cardId, answers) in submissions)
        {
            Assert.Contains("PMG-20", answers[^1], StringComparison.Ordinal);
            await using var count = new NpgsqlCommand("SELECT COUNT(*) FROM \"Reports\" WHERE \"IdempotencyKey\" = @key", database);
            count.Parameters.AddWithValue("key", cardId);
            Assert.Equal(1L, (long)(await count.ExecuteScalarAsync())!);
        }
    }

    /// <summary>Posts a help message; on 503 delivers it again after a pause (as Teams does), until it is accepted.</summary>
    private static async Task DeliverMessageAsync(
        HttpClient client, BotProcess bot, FakeConnectorServer connector, string conversation, ConcurrentDictionary<string, List<HttpStatusCode>> messages)
    {
        var statuses = messages.GetOrAdd(conversation, _ => []);
        for (var attempt = 0; attempt < 30; attempt++)
        {
            using var response = await client.PostAsync(bot.MessagesEndpoint, Json(Activity("message", conversation, connector.ServiceUrl, "msg-" + conversation)));
            statuses.Add(response.StatusCode);
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
        }
    }

    /// <summary>Submits a report card; when it is not stored (the outage message) clicks again with the same card after a pause.</summary>
    private static async Task SubmitReportAsync(
        HttpClient client, BotProcess bot, FakeConnectorServer connector, string conversation, string cardId, ConcurrentDictionary<string, List<string>> submissions)
    {
        var answers = submissions.GetOrAdd(cardId, _ => []);
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var invoke = Activity("invoke", conversation, connector.ServiceUrl, $"inv-{cardId}-{attempt}");
            invoke["name"] = "adaptiveCard/action";
            invoke["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "report.submit", ["data"] = Report(cardId) },
                ["trigger"] = "manual",
            };
            using var response = await client.PostAsync(bot.MessagesEndpoint, Json(invoke));
            var body = await response.Content.ReadAsStringAsync();
            answers.Add(body);
            if (response.StatusCode == HttpStatusCode.OK && body.Contains("\"application/vnd.microsoft.card.adaptive\"", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
        }
    }

    private static JsonObject Report(string cardId) => new()
    {
        ["cardId"] = cardId,
        ["cardVersion"] = 1,
        ["subject"] = "jongere",
        ["firstName"] = "Daan",
        ["tussenvoegsel"] = "van der",
        ["lastName"] = "Berg",
        ["dateOfBirth"] = "2012-05-01",
        ["ageConfirmed"] = "false",
        ["municipality"] = "heerlen",
        ["school"] = "",
        ["groupOrLocation"] = "",
        ["kind"] = "zorg",
        ["context"] = "school",
        ["concerns"] = "schoolverzuim",
        ["description"] = "Verzuimt al twee weken.",
        ["urgency"] = "normaal",
        ["informed"] = "ja",
        ["notInformedReason"] = "",
    };

    private static JsonObject Activity(string type, string conversation, string serviceUrl, string id) => new()
    {
        ["type"] = type,
        ["id"] = id,
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "29:" + DemoUser, ["name"] = "Alex Wilber", ["aadObjectId"] = DemoUser },
        ["recipient"] = new JsonObject { ["id"] = "28:pmgbot", ["name"] = "PmgBot" },
        ["conversation"] = new JsonObject { ["id"] = conversation, ["conversationType"] = "personal", ["tenantId"] = Tenant },
        ["text"] = type == "message" ? "help" : null,
        ["locale"] = "nl-NL",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
    };

    private static StringContent Json(JsonObject activity) => new(activity.ToJsonString(), Encoding.UTF8, "application/json");
}
