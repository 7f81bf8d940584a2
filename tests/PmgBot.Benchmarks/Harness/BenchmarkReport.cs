using System.Globalization;
using System.Text;

namespace PmgBot.Benchmarks.Harness;

/// <summary>
/// The markdown report: load figures per target, start-up and memory, and the foundation targets
/// (bot ≥ 0.5× the floor's requests/s, ≥ 5× the JS SDK's, every reply delivered).
/// </summary>
public sealed class BenchmarkReport(
    DateTimeOffset startedAt,
    MachineInfo machine,
    BenchmarkSettings settings,
    string? commit,
    IReadOnlyList<TargetResult> results,
    IReadOnlyDictionary<string, ProcessFootprint> footprints)
{
    public const double FloorRatioTarget = 0.5;
    public const double JsSdkRatioTarget = 5.0;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The verdict on all three foundation targets; null unless the bot, the floor and the JS SDK all ran.</summary>
    public bool? Passed => Checks() is { Count: 3 } checks ? checks.All(c => c.Passed) : null;

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.AppendLine(Invariant, $"# PmgBot foundation benchmark, {startedAt:yyyy-MM-dd HH:mm} UTC");
        md.AppendLine();
        md.AppendLine(Invariant, $"- Machine: {machine.Cores} cores ({machine.CpuModel}), load average at start {machine.LoadAverage}; {machine.Runtime}{(commit is null ? "" : $"; commit {commit}")}.");
        md.AppendLine(Invariant, $"- Load: wrk {settings.Threads} threads, {settings.Connections} connections, {settings.WarmUp.TotalSeconds:0} s warm-up then {settings.Duration.TotalSeconds:0} s measured per target, in the order {string.Join(", ", settings.Targets)}; wrk, the targets and the sink share the machine.");
        md.AppendLine(Invariant, $"- Activity file: `{Path.GetFileName(settings.ActivityFile)}`.");
        md.AppendLine("- Activity (activity.json): a Teams `message` with text `help` in a personal chat, a unique activity id per request; the personal chats come from a pool (`BENCH_CONVERSATIONS`, default 2,000 per wrk thread; `unique` = a new chat per request). Only the bot gets `Authorization: Bearer <RS256 token>` from the local issuer and validates it (signature, issuer, audience, lifetime, endorsement, serviceurl); it answers 202 and sends the menu card off the request path. The floor and the JS SDK echo one text reply before answering 200.");
        md.AppendLine("- Replies are counted at the sink; `replies / sent` compares them with the requests wrk wrote (including those in flight when it stopped); `last reply` is how long after the load ended the last reply arrived; `replies/s delivered` is replies / (load time + last reply), what the target sustains end to end (the bot acknowledges with 202 before it replies, so its requests/s can run ahead of its replies until its queue is full); `CPU per request` is the target's CPU time (user + system, /proc) from the start of the load until the replies stopped, per request sent.");
        md.AppendLine();
        md.AppendLine("| target | requests/s | p50 | p99 | answered 2xx | non-2xx | socket errors | replies / sent | last reply | replies/s delivered | CPU per request |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            md.AppendLine(Invariant, $"| {r.Name} | {r.Load.RequestsPerSecond:N0} | {Ms(r.Load.P50Ms)} | {Ms(r.Load.P99Ms)} | {r.Load.Succeeded:N0} | {r.Load.Non2xx:N0} | {r.Load.SocketErrors:N0} | {r.Replies:N0} / {r.Load.Sent:N0} | {r.LastReplyAfterLoad.TotalSeconds:0.0} s | {r.DeliveredRepliesPerSecond:N0} | {r.TargetCpuPerRequest.TotalMicroseconds:N0} µs |");
        }

        md.AppendLine();
        md.AppendLine("| process | start-up | ready when | idle RSS (5 s after start-up) | RSS after its load |");
        md.AppendLine("|---|---:|---|---:|---:|");
        foreach (var (name, f) in footprints)
        {
            md.AppendLine(Invariant, $"| {name} | {f.StartUp.TotalMilliseconds:N0} ms | {f.ReadyProbe} | {Mib(f.IdleRssKib)} | {Mib(f.AfterLoadRssKib)} |");
        }

        var checks = Checks();
        if (checks.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("| foundation target | wanted | measured | result |");
            md.AppendLine("|---|---:|---:|---|");
            foreach (var c in checks)
            {
                md.AppendLine(Invariant, $"| {c.Name} | {c.Wanted} | {c.Measured} | {(c.Passed ? "PASS" : "FAIL")} |");
            }

            var bot = results.First(r => r.Name == TargetNames.Bot);
            var peers = results.Where(r => r.Name != TargetNames.Bot)
                .Select(r => string.Create(Invariant, $"{bot.DeliveredRepliesPerSecond / r.DeliveredRepliesPerSecond:0.00}× the {r.Name}"))
                .ToList();
            if (peers.Count > 0)
            {
                md.AppendLine();
                md.AppendLine(Invariant, $"For information (not a foundation target): by delivered replies/s the bot reaches {string.Join(" and ", peers)}.");
            }

            md.AppendLine();
            md.AppendLine(Passed is { } passed
                ? $"**Overall: {(passed ? "PASS" : "FAIL")}**"
                : "**Overall: no verdict** (the floor and the JS SDK must run in the same run to compare).");
        }

        return md.ToString();
    }

    private List<ReportCheck> Checks()
    {
        var bot = results.FirstOrDefault(r => r.Name == TargetNames.Bot);
        var floor = results.FirstOrDefault(r => r.Name == TargetNames.Floor);
        var js = results.FirstOrDefault(r => r.Name == TargetNames.JsSdk);
        var checks = new List<ReportCheck>();
        if (bot is null)
        {
            return checks;
        }

        if (floor is not null)
        {
            var ratio = bot.Load.RequestsPerSecond / floor.Load.RequestsPerSecond;
            checks.Add(new ReportCheck("bot / floor requests/s", $"≥ {FloorRatioTarget:0.00}×", $"{ratio:0.00}×", ratio >= FloorRatioTarget));
        }

        if (js is not null)
        {
            var ratio = bot.Load.RequestsPerSecond / js.Load.RequestsPerSecond;
            checks.Add(new ReportCheck("bot / js-sdk requests/s", $"≥ {JsSdkRatioTarget:0.0}×", $"{ratio:0.0}×", ratio >= JsSdkRatioTarget));
        }

        checks.Add(new ReportCheck(
            "bot: every reply delivered",
            "no non-2xx, 2xx ≤ replies ≤ sent",
            $"{bot.Replies:N0} replies, {bot.Load.Succeeded:N0} 2xx, {bot.Load.Sent:N0} sent, {bot.Load.Non2xx:N0} non-2xx",
            bot.AllRepliesDelivered));
        return checks;
    }

    private static string Ms(double ms) => ms < 10 ? ms.ToString("0.00", Invariant) + " ms" : ms.ToString("N0", Invariant) + " ms";

    private static string Mib(long? kib) => kib is { } k ? (k / 1024.0).ToString("0.0", Invariant) + " MiB" : "–";
}
