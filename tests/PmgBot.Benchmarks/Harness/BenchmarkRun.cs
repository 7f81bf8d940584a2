using System.Globalization;
using System.Net;

namespace PmgBot.Benchmarks.Harness;

/// <summary>
/// One benchmark run: starts the sink, the floor, the JS SDK peer and the bot (with the local issuer), measures
/// start-up and idle memory, loads each target in turn with wrk, counts the replies at the sink, writes the report.
/// Everything started is stopped at the end, also on failure or Ctrl-C.
/// </summary>
public sealed class BenchmarkRun(BenchmarkSettings settings, TimeProvider time)
{
    private static readonly Uri SinkUrl = new("http://127.0.0.1:39010");
    private static readonly Uri FloorUrl = new("http://127.0.0.1:39012/api/messages");
    private static readonly Uri JsSdkUrl = new("http://127.0.0.1:39011/api/messages");
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan SettleQuiet = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(2);

    /// <summary>0 when the foundation targets pass (or no verdict was asked for), 1 when one fails.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var machine = MachineInfo.Read();
        Console.WriteLine($"nproc {machine.Cores}, load average {machine.LoadAverage} ({machine.CpuModel}; {machine.Runtime})");
        WarnWhenBusy(machine);
        await PortCheck.EnsureFreeAsync(
            [SinkUrl.Port, FloorUrl.Port, JsSdkUrl.Port, BotUnderTest.BaseUrl.Port],
            cancellationToken).ConfigureAwait(false);

        var stamp = startedAt.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var artifacts = Path.Combine(settings.RepoRoot, "artifacts", "benchmarks");
        var logs = Directory.CreateDirectory(Path.Combine(artifacts, $"foundation-{stamp}-logs")).FullName;

        using var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(10) };
        var probe = new ReadinessProbe(http, time);
        await using var cleanup = new CleanupStack();

        var sinkProcess = cleanup.Push(StartPeer("sink", "dotnet", ["out/sink.dll"], "sink", logs, new Dictionary<string, string>()));
        await probe.WaitAsync(sinkProcess, new Uri(SinkUrl, "/count"), s => s == HttpStatusCode.OK, ReadyTimeout, cancellationToken).ConfigureAwait(false);
        var sink = new ReplySink(http, SinkUrl, time);

        var targets = new List<RunningTarget>();
        if (settings.Runs(TargetNames.Floor))
        {
            var floor = cleanup.Push(StartPeer(TargetNames.Floor, "dotnet", ["out/floor.dll"], "csharp-floor", logs, new Dictionary<string, string>()));
            var up = await probe.WaitAsync(floor, FloorUrl, _ => true, ReadyTimeout, cancellationToken).ConfigureAwait(false);
            targets.Add(new RunningTarget(TargetNames.Floor, FloorUrl, floor, null, up, "first HTTP answer"));
        }

        if (settings.Runs(TargetNames.JsSdk))
        {
            var js = cleanup.Push(StartPeer(TargetNames.JsSdk, "node", ["bot.js"], "js-peer", logs, new Dictionary<string, string> { ["PORT"] = "39011" }));
            var up = await probe.WaitAsync(js, JsSdkUrl, _ => true, ReadyTimeout, cancellationToken).ConfigureAwait(false);
            targets.Add(new RunningTarget(TargetNames.JsSdk, JsSdkUrl, js, null, up, "first HTTP answer"));
        }

        if (settings.Runs(TargetNames.Bot))
        {
            var issuer = cleanup.Push(await LocalIssuer.StartAsync(time, cancellationToken).ConfigureAwait(false));
            var token = issuer.MintToken(BotUnderTest.AppId, SinkUrl.ToString().TrimEnd('/'), TokenLifetime);
            Console.WriteLine($"local issuer at {issuer.MetadataUrl}");
            var bot = cleanup.Push(await BotUnderTest.StartAsync(settings, issuer.MetadataUrl, probe, logs, time, cancellationToken).ConfigureAwait(false));
            targets.Add(new RunningTarget(TargetNames.Bot, BotUnderTest.MessagesUrl, bot.Process, $"Bearer {token}", bot.StartUp, "`GET /readyz` 200"));
        }

        foreach (var target in targets)
        {
            Console.WriteLine($"{target.Name}: started in {target.StartUp.TotalMilliseconds:N0} ms (pid {target.Process.Id})");
        }

        await Task.Delay(IdleWait, time, cancellationToken).ConfigureAwait(false);
        var idle = targets.ToDictionary(t => t.Name, t => ProcessMemory.ReadRssKib(t.Process.Id), StringComparer.Ordinal);

        var wrk = new WrkRunner(
            Path.Combine(settings.BenchDirectory, "wrk", "activity.lua"),
            settings.ActivityFile,
            settings.Threads,
            settings.Connections);
        var runId = startedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var results = new List<TargetResult>();
        var footprints = new Dictionary<string, ProcessFootprint>(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            var result = await MeasureAsync(target, wrk, sink, sinkProcess, runId, logs, cancellationToken).ConfigureAwait(false);
            results.Add(result);
            footprints[target.Name] = new ProcessFootprint(target.StartUp, target.ReadyProbe, idle[target.Name], ProcessMemory.ReadRssKib(target.Process.Id));
            Console.WriteLine(
                $"{result.Name,-7} {result.Load.RequestsPerSecond,10:N0} req/s   p50 {result.Load.P50Ms,8:0.00} ms   p99 {result.Load.P99Ms,8:0.00} ms   "
                + $"non-2xx {result.Load.Non2xx}   socket errors {result.Load.SocketErrors}   replies {result.Replies}/{result.Load.Sent}   last reply +{result.LastReplyAfterLoad.TotalSeconds:0.0} s   "
                + $"CPU {result.TargetCpu.TotalSeconds:0.0} s ({result.TargetCpuPerRequest.TotalMicroseconds:N0} µs/request), sink {result.SinkCpu.TotalSeconds:0.0} s");
            if (target.Process.HasExited)
            {
                throw new InvalidOperationException($"{target.Name} exited during the load. Last log lines:\n{target.Process.Tail(40)}");
            }
        }

        var report = new BenchmarkReport(startedAt, machine, settings, Environment.GetEnvironmentVariable("BENCH_GIT_COMMIT"), results, footprints);
        var markdown = report.ToMarkdown();
        Console.WriteLine();
        Console.WriteLine(markdown);
        var file = Path.Combine(artifacts, $"foundation-{stamp}.md");
        await File.WriteAllTextAsync(file, markdown, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"Report written to {file} (process logs in {logs}).");
        return report.Passed == false ? 1 : 0;
    }

    private async Task<TargetResult> MeasureAsync(RunningTarget target, WrkRunner wrk, ReplySink sink, ChildProcess sinkProcess, string runId, string logs, CancellationToken cancellationToken)
    {
        Console.WriteLine($"{target.Name}: warm-up {settings.WarmUp.TotalSeconds:0} s");
        var before = await sink.CountAsync(cancellationToken).ConfigureAwait(false);
        var warm = await wrk.RunAsync(target.MessagesUrl, settings.WarmUp, $"{target.Name}-warm-{runId}", target.Authorization, cancellationToken).ConfigureAwait(false);
        if (warm.Non2xx > 0 || warm.SocketErrors > 0)
        {
            Console.WriteLine($"warning: {target.Name} warm-up had {warm.Non2xx} non-2xx answers and {warm.SocketErrors} socket errors (see the logs).");
        }

        await sink.WaitUntilSettledAsync(before + warm.Sent, SettleQuiet, settings.SettleLimit, cancellationToken).ConfigureAwait(false);
        before = await sink.CountAsync(cancellationToken).ConfigureAwait(false);
        var targetCpu = ProcessCpu.Read(target.Process.Id) ?? TimeSpan.Zero;
        var sinkCpu = ProcessCpu.Read(sinkProcess.Id) ?? TimeSpan.Zero;
        Console.WriteLine($"{target.Name}: measuring {settings.Duration.TotalSeconds:0} s");
        var perfData = Path.Combine(logs, $"{target.Name}.perf.data");
        var profiling = settings.Profile && target.Name == TargetNames.Bot
            ? PerfProfiler.RecordAsync(target.Process.Id, settings.Duration, perfData, time, cancellationToken)
            : null;
        var load = await wrk.RunAsync(target.MessagesUrl, settings.Duration, $"{target.Name}-run-{runId}", target.Authorization, cancellationToken).ConfigureAwait(false);
        var settled = await sink.WaitUntilSettledAsync(before + load.Sent, SettleQuiet, settings.SettleLimit, cancellationToken).ConfigureAwait(false);
        var cpuAfter = ProcessCpu.Read(target.Process.Id) ?? targetCpu;
        var sinkCpuAfter = ProcessCpu.Read(sinkProcess.Id) ?? sinkCpu;
        if (profiling is not null)
        {
            var recorded = await profiling.ConfigureAwait(false);
            if (recorded.ExitCode != 0)
            {
                Console.WriteLine($"warning: perf record failed (exit {recorded.ExitCode}):\n{recorded.Output}");
            }
            else
            {
                foreach (var file in await PerfProfiler.ReportAsync(perfData, cancellationToken).ConfigureAwait(false))
                {
                    Console.WriteLine($"{target.Name}: profile written to {file}");
                }
            }
        }

        return new TargetResult(
            target.Name,
            load,
            settled.Count - before,
            settled.LastGrowthAfter,
            cpuAfter - targetCpu,
            sinkCpuAfter - sinkCpu);
    }

    private ChildProcess StartPeer(string name, string program, IReadOnlyList<string> arguments, string folder, string logs, IReadOnlyDictionary<string, string> environment) =>
        ChildProcess.Start(
            new ProcessSpec(name, program, arguments, Path.Combine(settings.PeersDirectory, folder), environment),
            Path.Combine(logs, $"{name}.log"),
            time);

    private static void WarnWhenBusy(MachineInfo machine)
    {
        var first = machine.LoadAverage.Split(' ')[0];
        if (double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var load) && load > machine.Cores * 0.5)
        {
            Console.WriteLine($"warning: the machine is busy (load {first} on {machine.Cores} cores); all figures will be lower, compare the ratios.");
        }
    }
}
