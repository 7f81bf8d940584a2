using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PmgBot.Benchmarks.Harness;
using PmgBot.Benchmarks.Register;
using PmgBot.Core.Data;
using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;
using PmgBot.Jobs;
using PmgBot.Tests.Support;

namespace PmgBot.Benchmarks.Actions;

/// <summary>
/// Issue 15's fan-out benchmark: <see cref="ActionsSettings.Reminders"/> reminders (default 10,000) to
/// <see cref="ActionsSettings.Recipients"/> professionals' personal chats, stored in the outbox on PostgreSQL the way
/// the reminder sweep stores them (one message per sent key as dedup key, reminder text and a card), then sent by the
/// bot's own outbox dispatcher (<c>AddPmgJobs</c>: dispatcher, connector client and Teams' limits as configured in the
/// bot) to a fake connector that answers 429 with Retry-After on <see cref="ActionsSettings.ThrottlePercent"/> % of the
/// calls (seeded, so every run throttles the same calls). Targets: 0 lost, 0 doubled, and at least 95 % of Teams' 50
/// requests/s per tenant sustained (every call counts, also those answered 429: Teams counts them too). Writes
/// <c>artifacts/benchmarks/actions-fanout-&lt;timestamp&gt;.md</c>.
/// </summary>
public sealed class FanOutRun(ActionsSettings settings, TimeProvider time)
{
    private const int TenantLimit = 50;
    private const string Tenant = "tenant-bench";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var machine = MachineInfo.Read();
        Console.WriteLine($"nproc {machine.Cores}, load average {machine.LoadAverage} ({machine.CpuModel}; {machine.Runtime})");
        var contentRoot = Directory.CreateTempSubdirectory("pmgbot-bench-fanout-").FullName;
        try
        {
            await using var postgres = await PostgresCluster.StartAsync(cancellationToken).ConfigureAwait(false);
            Console.WriteLine(postgres.Version);
            var connectionString = await postgres.CreateDatabaseAsync("fanout", cancellationToken).ConfigureAwait(false);
            await using var connector = await FakeConnectorServer.StartAsync().ConfigureAwait(false);
            connector.Latency = TimeSpan.FromMilliseconds(settings.LatencyMs);
            var throttled = Throttled(settings.Reminders * 3, settings.ThrottlePercent);
            connector.Behaviour = call => call.Operation == FakeConnectorOperation.SendToConversation && throttled.Contains(call.Sequence)
                ? FakeConnectorResponse.TooManyRequests(settings.RetryAfter)
                : null;

            using var host = BuildHost(connectionString, contentRoot);
            await host.Services.MigratePmgDatabaseAsync(cancellationToken).ConfigureAwait(false);
            var keys = await EnqueueAsync(host.Services, connector.ServiceUrl, cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"{keys.Count:N0} reminders in the outbox for {settings.Recipients:N0} personal chats; starting the dispatcher "
                + $"({settings.ThrottlePercent} % answered 429 with Retry-After {settings.RetryAfter}, connector latency {settings.LatencyMs} ms)");

            var watch = Stopwatch.StartNew();
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
            var (finished, statuses) = await WaitUntilDoneAsync(host.Services, watch, cancellationToken).ConfigureAwait(false);
            watch.Stop();
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);

            var result = Measure(connector.Requests, keys, statuses, watch.Elapsed, finished);
            var report = Report(machine, postgres.Version, startedAt, result);
            Console.WriteLine();
            Console.WriteLine(report);
            var artifacts = Directory.CreateDirectory(Path.Combine(settings.RepoRoot, "artifacts", "benchmarks")).FullName;
            var file = Path.Combine(artifacts, $"actions-fanout-{startedAt:yyyyMMdd-HHmmss}.md");
            await File.WriteAllTextAsync(file, report, cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"written to {file}");
            return result.Met ? 0 : 1;
        }
        finally
        {
            Directory.Delete(contentRoot, recursive: true);
        }
    }

    /// <summary>The calls (by sequence number) the connector answers with 429: a seeded choice of the given share.</summary>
    private static HashSet<int> Throttled(int calls, int percent)
    {
        var random = new Random(15);
        return [.. Enumerable.Range(1, calls).Where(_ => random.Next(100) < percent)];
    }

    /// <summary>The bot's data and jobs registration (outbox dispatcher, connector client and limits), nothing else hosted.</summary>
    private IHost BuildHost(string connectionString, string contentRoot)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            EnvironmentName = Environments.Production,
            ContentRootPath = contentRoot,
        });
        var values = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["Database:ConnectionString"] = connectionString,
            ["Connector:CredentialType"] = "None",
        };
        if (settings.ParallelConversations is { } parallel)
        {
            values["Outbox:MaxParallelConversations"] = parallel.ToString(CultureInfo.InvariantCulture);
        }

        builder.Configuration.AddInMemoryCollection(values);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(time);
        builder.Services.AddPmgData(builder.Configuration, builder.Environment);
        builder.Services.AddPmgJobs(builder.Configuration);
        return builder.Build();
    }

    /// <summary>The reminders, as the sweep stores them: dedup key "reminder:action-item:N:due-day", text and a small card; the key also in channelData for the fake connector.</summary>
    private async Task<List<string>> EnqueueAsync(IServiceProvider services, string serviceUrl, CancellationToken cancellationToken)
    {
        var keys = new List<string>(settings.Reminders);
        foreach (var batch in Enumerable.Range(1, settings.Reminders).Chunk(500))
        {
            await using var scope = services.CreateAsyncScope();
            var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
            var items = new List<OutboxItem>(batch.Length);
            foreach (var n in batch)
            {
                var key = "reminder:action-item:" + n.ToString(CultureInfo.InvariantCulture) + ":due-day";
                keys.Add(key);
                var recipient = (n % settings.Recipients).ToString("D5", CultureInfo.InvariantCulture);
                var target = new ConversationReference(serviceUrl, "a:bench-" + recipient, Tenant, "29:bench-" + recipient, "bench-" + recipient, "28:bot", "msteams",
                    ConversationTypes.Personal);
                var text = string.Create(CultureInfo.InvariantCulture, $"Vandaag: actiepunt bij casus PMG-J-{n % 10_000:D4}, uiterlijk vandaag (8 december 2026).");
                items.Add(new OutboxItem(target, new PmgBot.Core.Protocol.Activity
                {
                    Type = ActivityTypes.Message,
                    Text = text,
                    TextFormat = "plain",
                    Summary = text,
                    Locale = "nl-NL",
                    Attachments = [Attachment.AdaptiveCard(Card(n))],
                    ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, string> { [FakeConnectorServer.MarkerProperty] = key }),
                }, key));
            }

            await outbox.EnqueueManyAsync(items, cancellationToken).ConfigureAwait(false);
        }

        return keys;
    }

    /// <summary>About the size of the action-item card that goes with a reminder.</summary>
    private static JsonObject Card(int n) => JsonSerializer.SerializeToNode(new
    {
        type = "AdaptiveCard",
        version = "1.5",
        body = new object[]
        {
            new { type = "TextBlock", text = string.Create(CultureInfo.InvariantCulture, $"Actiepunt casus PMG-J-{n % 10_000:D4}"), weight = "Bolder" },
            new { type = "TextBlock", text = "Wat: gesprek met ouders plannen", wrap = true },
            new { type = "TextBlock", text = "Uiterlijk: dinsdag 8 december 2026" },
        },
        actions = new object[]
        {
            new { type = "Action.Execute", title = "Afgerond", verb = "actionItem.complete", data = new { itemId = n, version = 0 } },
        },
    })!.AsObject();

    /// <summary>Polls the outbox until no reminder is waiting or being sent (at most 20 minutes).</summary>
    private static async Task<(bool Finished, Dictionary<OutboxStatus, int> Statuses)> WaitUntilDoneAsync(IServiceProvider services, Stopwatch watch, CancellationToken cancellationToken)
    {
        var lastPrint = TimeSpan.Zero;
        while (true)
        {
            Dictionary<OutboxStatus, int> statuses;
            await using (var scope = services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PmgDbContext>();
                statuses = await db.OutboxMessages.AsNoTracking().GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() })
                    .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken).ConfigureAwait(false);
            }

            var waiting = statuses.GetValueOrDefault(OutboxStatus.Pending) + statuses.GetValueOrDefault(OutboxStatus.Sending);
            if (waiting == 0)
            {
                return (true, statuses);
            }

            if (watch.Elapsed > TimeSpan.FromMinutes(20))
            {
                return (false, statuses);
            }

            if (watch.Elapsed - lastPrint >= TimeSpan.FromSeconds(30))
            {
                lastPrint = watch.Elapsed;
                Console.WriteLine($"    {watch.Elapsed.TotalSeconds:F0} s: {statuses.GetValueOrDefault(OutboxStatus.Sent):N0} sent, {waiting:N0} waiting");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken).ConfigureAwait(false);
        }
    }

    private static FanOutResult Measure(IReadOnlyList<FakeConnectorRequest> requests, List<string> keys, Dictionary<OutboxStatus, int> statuses, TimeSpan elapsed, bool finished)
    {
        var sends = requests.Where(r => r.Operation == FakeConnectorOperation.SendToConversation).OrderBy(r => r.ReceivedAt).ToList();
        var delivered = sends.Where(r => r.StatusCode is >= 200 and < 300).GroupBy(r => r.Marker ?? "", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var lost = keys.Count(k => !delivered.ContainsKey(k));
        var doubled = delivered.Count(d => d.Value > 1);
        var first = sends[0].ReceivedAt;
        var last = sends[^1].ReceivedAt;
        var span = Math.Max((last - first).TotalSeconds, 0.001);

        // Calls per whole second from the first call, without the first and the last (partial) second.
        var perSecond = sends.GroupBy(r => (int)(r.ReceivedAt - first).TotalSeconds).OrderBy(g => g.Key).Select(g => (double)g.Count()).ToList();
        var inner = perSecond.Count > 2 ? perSecond.Skip(1).SkipLast(1).ToList() : perSecond;
        var sorted = inner.Order().ToList();
        return new FanOutResult(
            keys.Count,
            sends.Count,
            sends.Count(r => r.StatusCode == 429),
            delivered.Values.Sum(),
            lost,
            doubled,
            sends.Count / span,
            delivered.Values.Sum() / span,
            sorted[sorted.Count / 2],
            sorted[(int)Math.Floor(sorted.Count * 0.05)],
            sorted[^1],
            span,
            elapsed,
            statuses,
            finished);
    }

    private string Report(MachineInfo machine, string postgresVersion, DateTimeOffset startedAt, FanOutResult r)
    {
        var commit = Environment.GetEnvironmentVariable("BENCH_GIT_COMMIT") ?? "";
        var sustained = r.CallsPerSecond / TenantLimit;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## {r.Reminders:N0} reminders through the outbox, {settings.ThrottlePercent} % answered 429 (PostgreSQL)");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{startedAt:yyyy-MM-dd HH:mm} UTC, commit {commit}; {machine.Cores} cores ({machine.CpuModel}), load average {machine.LoadAverage} at the start, {MachineInfo.LoadAverageNow()} at the end; {postgresVersion}; {machine.Runtime}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"{settings.Recipients:N0} personal chats in one tenant; Retry-After {settings.RetryAfter}; connector latency {settings.LatencyMs} ms; Outbox:MaxParallelConversations {(settings.ParallelConversations?.ToString(CultureInfo.InvariantCulture) ?? "default")}. "
            + $"Outbox after the run: {string.Join(", ", r.Statuses.OrderBy(s => s.Key).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value:N0}")))}{(r.Finished ? "" : " (NOT finished within 20 minutes)")}.");
        text.AppendLine();
        text.AppendLine("| | result | target |");
        text.AppendLine("|---|---|---|");
        text.AppendLine(CultureInfo.InvariantCulture, $"| calls to the connector | {r.Calls:N0} ({r.Throttled:N0} answered 429, {r.Delivered:N0} delivered) | – |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| lost (never delivered) | **{r.Lost}** | 0: {(r.Lost == 0 ? "met" : "MISSED")} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| doubled (delivered twice) | **{r.Doubled}** | 0: {(r.Doubled == 0 ? "met" : "MISSED")} |");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| calls/s, first to last call ({r.SpanSeconds:F0} s) | **{r.CallsPerSecond:F1}** = {sustained:P0} of Teams' {TenantLimit}/s (per second: median {r.MedianPerSecond:F0}, 5th percentile {r.P5PerSecond:F0}, max {r.MaxPerSecond:F0}) | ≥ 95 %: {(sustained >= 0.95 ? "met" : "MISSED")} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| deliveries/s | {r.DeliveriesPerSecond:F1} | – |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| dispatcher start to the last reminder sent | {r.Elapsed.TotalSeconds:F0} s | – |");
        return text.ToString();
    }

    private sealed record FanOutResult(
        int Reminders, int Calls, int Throttled, int Delivered, int Lost, int Doubled, double CallsPerSecond, double DeliveriesPerSecond,
        double MedianPerSecond, double P5PerSecond, double MaxPerSecond, double SpanSeconds, TimeSpan Elapsed, Dictionary<OutboxStatus, int> Statuses, bool Finished)
    {
        public bool Met => Finished && Lost == 0 && Doubled == 0 && CallsPerSecond / TenantLimit >= 0.95;
    }
}
