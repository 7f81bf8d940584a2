using System.Globalization;
using System.Text;
using PmgBot.Benchmarks.Harness;

namespace PmgBot.Benchmarks.Register;

/// <summary>The register benchmark's markdown report: one row per provider × workload, the targets, what was measured.</summary>
public sealed record RegisterReport(DateTimeOffset StartedAt, MachineInfo Machine, RegisterSettings Settings, string? Commit, IReadOnlyList<string> Notes, IReadOnlyList<PhaseResult> Phases)
{
    public const double SubmitTargetMs = 25;
    public const double LookupTargetMs = 10;

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        md.AppendLine(c, $"# Register benchmark, {StartedAt:yyyy-MM-dd HH:mm} UTC");
        md.AppendLine();
        md.AppendLine(c, $"{Machine.Cores} cores ({Machine.CpuModel}), {Machine.Runtime}, commit {Commit ?? "unknown"}; load average at start {Machine.LoadAverage}. "
            + $"Warm-up {Settings.WarmUp.TotalSeconds:0} s and {Settings.Duration.TotalSeconds:0} s measured per workload; {Settings.Youths:N0} youths and {Settings.Reports:N0} reports seeded per provider.");
        foreach (var note in Notes)
        {
            md.AppendLine();
            md.AppendLine(note);
        }

        md.AppendLine();
        md.AppendLine("| provider | workload | users | requests | req/s | errors | server p50 | p95 | p99 | max | client p50 | p99 | reply p50 | reply p99 | bot CPU / request | PostgreSQL CPU / request | driver CPU / request | bot memory after | CPU steal | autovacuum runs | checkpoints | load avg before → after |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var p in Phases)
        {
            var server = LatencyStats.Of(p.Load.Samples.Where(s => s.ServerMs is not null).Select(s => s.ServerMs!.Value));
            var client = LatencyStats.Of(p.Load.Samples.Select(s => s.ClientMs));
            var reply = LatencyStats.Of(p.Load.Samples.Where(s => s.ReplyMs is not null).Select(s => s.ReplyMs!.Value));
            md.AppendLine(c,
                $"| {p.Provider} | {p.Workload} | {p.Users} | {p.Load.Samples.Count:N0} | {p.Load.RequestsPerSecond:N0} | {p.Load.Errors} | "
                + $"{Ms(server?.P50)} | {Ms(server?.P95)} | {Ms(server?.P99)} | {Ms(server?.Max)} | {Ms(client?.P50)} | {Ms(client?.P99)} | {Ms(reply?.P50)} | {Ms(reply?.P99)} | "
                + $"{p.CpuPerRequest.TotalMicroseconds:N0} µs | {(p.DatabaseCpuPerRequest is { } db ? db.TotalMicroseconds.ToString("N0", c) + " µs" : "–")} | {p.DriverCpuPerRequest.TotalMicroseconds:N0} µs | {(p.BotMemoryMiB is { } mib ? mib.ToString("N0", c) + " MiB" : "–")} | {(p.Steal is { } steal ? steal.TotalMilliseconds.ToString("N0", c) + " ms" : "–")} | {(p.AutovacuumRuns is { } runs ? runs.ToString(c) : "–")} | {(p.Checkpoints is { } checkpoints ? checkpoints.ToString(c) : "–")} | {p.LoadAverageBefore} → {p.LoadAverageAfter} |");
        }

        md.AppendLine();
        md.AppendLine("| provider | workload | outcomes | rows before | rows after |");
        md.AppendLine("|---|---|---|---|---|");
        foreach (var p in Phases)
        {
            var outcomes = string.Join("; ", p.Load.Samples
                .GroupBy(s => (s.Category, s.Outcome.Length > 80 ? s.Outcome[..80] + "…" : s.Outcome, s.Ok))
                .OrderBy(g => g.Key.Category, StringComparer.Ordinal).ThenBy(g => g.Key.Item2, StringComparer.Ordinal)
                .Select(g => string.Create(c, $"{g.Key.Category} → {g.Key.Item2}{(g.Key.Ok ? "" : " (ERROR)")}: {g.Count():N0}")));
            md.AppendLine(c, $"| {p.Provider} | {p.Workload} | {outcomes.Replace("|", "\\|", StringComparison.Ordinal)} | {p.RowsBefore} | {p.RowsAfter} |");
        }

        md.AppendLine();
        md.AppendLine("Targets (server-side p99): report submission ≤ 25 ms with 50 users (issue 3), lookup ≤ 10 ms with 20 users (issue 4), judged on the "
            + "paced phases (the users send at a fixed total rate, far above real use). A saturated phase (every user sends its next request the moment "
            + "it has its answer) gives the throughput; its latency is mostly waiting for the 2 cores: with N users always in flight, "
            + "mean latency = N / throughput (Little's law).");
        foreach (var p in Phases)
        {
            var isSubmit = p.Workload.StartsWith("submit", StringComparison.Ordinal);
            var target = isSubmit ? SubmitTargetMs : LookupTargetMs;
            var server = LatencyStats.Of(p.Load.Samples.Where(s => s.ServerMs is not null && s.ReplyMs is null).Select(s => s.ServerMs!.Value));
            var reply = LatencyStats.Of(p.Load.Samples.Where(s => s.ReplyMs is not null).Select(s => s.ReplyMs!.Value));
            var (figure, what) = reply is not null ? (reply.P99, "reply p99 (request sent → reply at the connector, an upper bound of the server-side time)") : (server?.P99 ?? double.NaN, "server p99");
            if (p.Workload.Contains("paced", StringComparison.Ordinal))
            {
                var verdict = p.Load.Errors == 0 && figure <= target ? "PASS" : "FAIL";
                md.AppendLine(c, $"- {p.Provider}, {p.Workload}: {what} {figure:0.0} ms (target ≤ {target:0} ms), errors {p.Load.Errors}: **{verdict}**");
            }
            else
            {
                md.AppendLine(c, $"- {p.Provider}, {p.Workload}: throughput {p.Load.RequestsPerSecond:N0} req/s, {what} {figure:0.0} ms (N / throughput = {p.Users / p.Load.RequestsPerSecond * 1000:0.0} ms), errors {p.Load.Errors}");
            }
        }

        md.AppendLine();
        md.AppendLine("Columns: `server` = the bot's `Server-Timing: app;dur` (request received, before authentication → response headers written; "
            + "for an invoke that is the whole turn incl. validation, storage and the confirmation card; for a message only the 202 acknowledgement). "
            + "`client` = request sent → response read, on the driver's clock. `reply` = for messages, request sent → the reply arrived at the connector sink "
            + "(same clock): queue wait, turn and the connector call included. `bot CPU / request` = the bot process's user+system CPU time during the measured "
            + "phase / requests (outbox sends to the sink included; SQLite runs inside the bot); `PostgreSQL CPU / request` the server's processes (postmaster, live backends and the backends that ended during the phase); `driver CPU / request` the same for the load generator and the sink (they share the 2 cores with the bot). `bot memory after` = the bot's resident memory (VmRSS) at the end of the phase. `CPU steal` = the time the hypervisor ran other guests while this VM's CPUs wanted to run, during the phase (`/proc/stat`; all CPUs together, out of 2 × the phase's seconds): a phase with steal ran on a slower machine. `autovacuum runs` = PostgreSQL autovacuum and autoanalyze runs that finished during the phase (the harness runs VACUUM ANALYZE and a CHECKPOINT after seeding and after each warm-up, as pgbench does before its runs); `checkpoints` = PostgreSQL checkpoints that finished during the phase.");
        return md.ToString();
    }

    private static string Ms(double? value) => value is null ? "–" : value.Value.ToString(value.Value < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " ms";
}
