using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PmgBot.Benchmarks.Harness;
using PmgBot.Benchmarks.Register;

namespace PmgBot.Benchmarks.BusyChat;

/// <summary>
/// Issue 17's head-of-line benchmark: one group chat sends <see cref="BusyChatSettings.GroupMessages"/> messages at
/// once while <see cref="BusyChatSettings.Users"/> other users type <c>help</c> in their personal chats, each every
/// <see cref="BusyChatSettings.HelpInterval"/> for <see cref="BusyChatSettings.Duration"/>. Measured: the time from a
/// help message's POST to its reply at the connector (p50/p99/max), and how the group chat's replies are paced (Teams
/// allows a chat 7 sends a second, 60 in 30 s). The bot runs with its defaults (SQLite, Teams' limits on).
/// Writes <c>artifacts/benchmarks/busy-chat-&lt;timestamp&gt;.md</c>.
/// </summary>
public sealed class BusyChatRun(BusyChatSettings settings, TimeProvider time)
{
    private const int SinkPort = 39010;
    private const string GroupChat = "19:bench-busy-group@thread.v2";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var machine = MachineInfo.Read();
        Console.WriteLine($"nproc {machine.Cores}, load average {machine.LoadAverage} ({machine.CpuModel}; {machine.Runtime})");
        await PortCheck.EnsureFreeAsync([SinkPort, BotUnderTest.BaseUrl.Port], cancellationToken).ConfigureAwait(false);
        var stamp = startedAt.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var artifacts = Path.Combine(settings.RepoRoot, "artifacts", "benchmarks");
        var logs = Directory.CreateDirectory(Path.Combine(artifacts, $"busy-chat-{stamp}-logs")).FullName;
        var directory = RegisterDirectory.Create();
        var directoryFile = Path.Combine(logs, "directory.json");
        await File.WriteAllTextAsync(directoryFile, directory.ToJson(), cancellationToken).ConfigureAwait(false);

        using var probeHandler = new SocketsHttpHandler();
        using var probeHttp = new HttpClient(probeHandler) { Timeout = TimeSpan.FromSeconds(10) };
        await using var cleanup = new CleanupStack();
        var sink = cleanup.Push(await ConnectorSink.StartAsync(SinkPort, [], cancellationToken).ConfigureAwait(false));
        var issuer = cleanup.Push(await LocalIssuer.StartAsync(time, cancellationToken).ConfigureAwait(false));
        var authorization = "Bearer " + issuer.MintToken(BotUnderTest.AppId, sink.BaseUrl.ToString().TrimEnd('/'), TimeSpan.FromHours(1));
        var bot = cleanup.Push(await BotUnderTest.StartAsync(
            new BotLaunch(settings.BotAssembly, directoryFile, issuer.MetadataUrl, Profile: false, LogName: "bot-busy-chat.log"),
            new ReadinessProbe(probeHttp, time), logs, time, cancellationToken).ConfigureAwait(false));
        Console.WriteLine($"bot ready in {bot.StartUp.TotalMilliseconds:N0} ms");

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256 };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        var users = directory.Professionals.Take(settings.Users + 1).ToList();
        var groupSender = users[0];
        var helpers = users.Skip(1).ToList();

        // Warm-up: every user's chat known to the bot, the code paths compiled.
        foreach (var user in helpers)
        {
            for (var i = 0; i < settings.WarmUpHelps; i++)
            {
                await HelpAsync(http, sink, user, $"warm-{stamp}-{i}", cancellationToken).ConfigureAwait(false);
            }
        }

        var proactiveBefore = sink.Proactive;
        var clock = Stopwatch.StartNew();
        var groupAnswers = new List<Task<HttpStatusCode>>();
        for (var i = 0; i < settings.GroupMessages; i++)
        {
            groupAnswers.Add(PostAsync(http, GroupMessage(sink.BaseUrl, groupSender, $"group-{stamp}-{i}"), cancellationToken));
        }

        var helps = helpers.Select(user => HelpLoopAsync(http, sink, user, stamp, cancellationToken)).ToList();
        var statuses = await Task.WhenAll(groupAnswers).ConfigureAwait(false);
        var groupAccepted = statuses.Count(s => s == HttpStatusCode.Accepted);
        var groupPostsDone = clock.Elapsed;
        var latencies = (await Task.WhenAll(helps).ConfigureAwait(false)).SelectMany(l => l).ToList();
        var helpStats = LatencyStats.Of(latencies.Where(l => l is not null).Select(l => l!.Value));
        var lost = latencies.Count(l => l is null);

        // The group chat's replies: a few at once, the rest from the outbox at the chat's Teams pace.
        var groupReplies = sink.Proactive - proactiveBefore;
        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"# Busy-chat benchmark {startedAt:yyyy-MM-dd HH:mm} UTC")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Machine: {machine.Cores} cores, {machine.CpuModel}, load average at start {machine.LoadAverage}; commit {Environment.GetEnvironmentVariable("BENCH_GIT_COMMIT")}.")
            .AppendLine(CultureInfo.InvariantCulture, $"Load: {settings.GroupMessages} messages into one group chat at once (accepted {groupAccepted}, all POSTs answered after {groupPostsDone.TotalMilliseconds:N0} ms), "
                + $"and {helpers.Count} users typing help every {settings.HelpInterval.TotalMilliseconds:N0} ms for {settings.Duration.TotalSeconds:N0} s.")
            .AppendLine()
            .AppendLine("| | count | p50 | p95 | p99 | max | no reply within 30 s |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|")
            .AppendLine(CultureInfo.InvariantCulture, $"| help reply (POST → reply at the connector) | {helpStats?.Count ?? 0} | {helpStats?.P50:F1} ms | {helpStats?.P95:F1} ms | {helpStats?.P99:F1} ms | {helpStats?.Max:F1} ms | {lost} |")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Group chat: by the end of the help load ({clock.Elapsed.TotalSeconds:F1} s) {groupReplies} of its replies had been sent from the outbox, after the few sent at once; the rest wait there at the chat's Teams pace (7 a second, 60 in 30 s).")
            .AppendLine(CultureInfo.InvariantCulture, $"Target: help p99 < 1 s → {(helpStats is { } h && h.P99 < 1000 && lost == 0 ? "met" : "MISSED")}.");
        var markdown = report.ToString();
        Console.WriteLine(markdown);
        var file = Path.Combine(artifacts, $"busy-chat-{stamp}.md");
        await File.WriteAllTextAsync(file, markdown, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"Report written to {file}.");
        return helpStats is { } ok && ok.P99 < 1000 && lost == 0 ? 0 : 1;
    }

    private async Task<List<double?>> HelpLoopAsync(HttpClient http, ConnectorSink sink, BenchProfessional user, string stamp, CancellationToken cancellationToken)
    {
        var latencies = new List<double?>();
        var loop = Stopwatch.StartNew();
        for (var i = 0; loop.Elapsed < settings.Duration; i++)
        {
            var next = settings.HelpInterval * (i + 1);
            latencies.Add(await HelpAsync(http, sink, user, $"help-{stamp}-{i}", cancellationToken).ConfigureAwait(false));
            var pause = next - loop.Elapsed;
            if (pause > TimeSpan.Zero)
            {
                await Task.Delay(pause, time, cancellationToken).ConfigureAwait(false);
            }
        }

        return latencies;
    }

    /// <summary>Sends help in the user's personal chat and waits for the reply; its latency in ms, or null when none came within 30 s.</summary>
    private async Task<double?> HelpAsync(HttpClient http, ConnectorSink sink, BenchProfessional user, string id, CancellationToken cancellationToken)
    {
        var conversation = SubmitWorkload.ConversationOf(user);
        var activityId = id + "-" + user.AadObjectId[..8];
        var reply = sink.Expect(conversation, activityId);
        var sent = Stopwatch.GetTimestamp();
        var status = await PostAsync(http, BenchActivities.Message(sink.BaseUrl, user, conversation, activityId, "help"), cancellationToken).ConfigureAwait(false);
        if (status != HttpStatusCode.Accepted)
        {
            sink.Forget(conversation, activityId);
            return null;
        }

        try
        {
            var arrival = await reply.WaitAsync(TimeSpan.FromSeconds(30), time, cancellationToken).ConfigureAwait(false);
            return Stopwatch.GetElapsedTime(sent, arrival.Timestamp).TotalMilliseconds;
        }
        catch (TimeoutException)
        {
            sink.Forget(conversation, activityId);
            return null;
        }
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, byte[] body, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(BotUnderTest.MessagesUrl, content, cancellationToken).ConfigureAwait(false);
        return response.StatusCode;
    }

    /// <summary>A message to the bot (@mentioned) in the group chat.</summary>
    private static byte[] GroupMessage(Uri serviceUrl, BenchProfessional user, string activityId)
    {
        var activity = JsonNode.Parse(BenchActivities.Message(serviceUrl, user, GroupChat, activityId, "<at>PmgBot</at> help"))!.AsObject();
        activity["conversation"]!["conversationType"] = "groupChat";
        activity["conversation"]!["isGroup"] = true;
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>PmgBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = "28:" + BotUnderTest.AppId, ["name"] = "PmgBot" },
        });
        return JsonSerializer.SerializeToUtf8Bytes(activity);
    }
}
