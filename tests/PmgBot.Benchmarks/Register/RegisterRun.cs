using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Benchmarks.Harness;
using PmgBot.Core.Data;

namespace PmgBot.Benchmarks.Register;

/// <summary>
/// The register benchmark (issue 3 item 10, issue 4 item 8): per provider a fresh database with the directory
/// imported by the bot's CLI and the register seeded, the bot (Release) started on it with <c>Server-Timing</c> on,
/// every professional's personal chat installed, then per workload a warm-up and a measured phase of closed-loop
/// virtual users. Writes <c>artifacts/benchmarks/register-&lt;timestamp&gt;.md</c>. Everything started is stopped at the end.
/// </summary>
public sealed class RegisterRun(RegisterSettings settings, TimeProvider time)
{
    /// <summary>The card version the report card carries (cardVersion in the submit data).</summary>
    public const string ReportCardVersion = "1";

    /// <summary>The text of the lookup's "no youth found" answer.</summary>
    public const string NotFoundMarker = "Geen jongere gevonden";

    private const int SinkPort = 39010;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var machine = MachineInfo.Read();
        Console.WriteLine($"nproc {machine.Cores}, load average {machine.LoadAverage} ({machine.CpuModel}; {machine.Runtime})");
        await PortCheck.EnsureFreeAsync([SinkPort, BotUnderTest.BaseUrl.Port], cancellationToken).ConfigureAwait(false);

        var stamp = startedAt.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var artifacts = Path.Combine(settings.RepoRoot, "artifacts", "benchmarks");
        var logs = Directory.CreateDirectory(Path.Combine(artifacts, $"register-{stamp}-logs")).FullName;
        var directory = RegisterDirectory.Create();
        var directoryFile = Path.Combine(logs, "directory.json");
        await File.WriteAllTextAsync(directoryFile, directory.ToJson(), cancellationToken).ConfigureAwait(false);

        using var probeHandler = new SocketsHttpHandler();
        using var probeHttp = new HttpClient(probeHandler) { Timeout = TimeSpan.FromSeconds(10) };
        var probe = new ReadinessProbe(probeHttp, time);
        await using var cleanup = new CleanupStack();
        var sink = cleanup.Push(await ConnectorSink.StartAsync(SinkPort, [NotFoundMarker], cancellationToken).ConfigureAwait(false));
        var issuer = cleanup.Push(await LocalIssuer.StartAsync(time, cancellationToken).ConfigureAwait(false));
        var authorization = "Bearer " + issuer.MintToken(BotUnderTest.AppId, sink.BaseUrl.ToString().TrimEnd('/'), TimeSpan.FromHours(3));
        var notes = new List<string>();
        PostgresCluster? postgres = null;
        if (settings.Providers.Contains(RegisterSettings.Postgres))
        {
            postgres = cleanup.Push(await PostgresCluster.StartAsync(cancellationToken).ConfigureAwait(false));
            Console.WriteLine($"PostgreSQL started: {postgres.Version}");
            notes.Add($"PostgreSQL: {postgres.Version}, throw-away cluster on 127.0.0.1 (initdb defaults: fsync and synchronous_commit on). SQLite: a file in a temp folder, the bot's own settings (WAL, synchronous=NORMAL).");
        }

        var phases = new List<PhaseResult>();
        foreach (var provider in settings.Providers)
        {
            phases.AddRange(await RunProviderAsync(provider, postgres, issuer.MetadataUrl, directory, directoryFile, probe, sink, authorization, logs, stamp, notes, cancellationToken).ConfigureAwait(false));
        }

        postgres?.SaveServerLog(Path.Combine(logs, "postgres-server.log"));

        var report = new RegisterReport(startedAt, machine, settings, Environment.GetEnvironmentVariable("BENCH_GIT_COMMIT"), notes, phases);
        var markdown = report.ToMarkdown();
        Console.WriteLine();
        Console.WriteLine(markdown);
        var file = Path.Combine(artifacts, $"register-{stamp}.md");
        await File.WriteAllTextAsync(file, markdown, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"Report written to {file} (process logs in {logs}).");
        return phases.All(p => p.Load.Errors == 0) ? 0 : 1;
    }

    private async Task<List<PhaseResult>> RunProviderAsync(
        string provider, PostgresCluster? postgres, Uri issuerMetadataUrl, RegisterDirectory directory, string directoryFile, ReadinessProbe probe, ConnectorSink sink,
        string authorization, string logs, string stamp, List<string> notes, CancellationToken cancellationToken)
    {
        var overrides = new Dictionary<string, string>(StringComparer.Ordinal) { ["Endpoint__ServerTimingHeader"] = "true" };
        if (provider == RegisterSettings.Postgres)
        {
            overrides["Database__Provider"] = "Postgres";
            var connectionString = await postgres!.CreateDatabaseAsync("pmgbot_bench_" + stamp.Replace('-', '_'), cancellationToken).ConfigureAwait(false);
            // POSTGRES_OPTIONS: extra Npgsql connection-string options to try (e.g. "Max Auto Prepare=50"); empty by default.
            overrides["Database__ConnectionString"] = Environment.GetEnvironmentVariable("POSTGRES_OPTIONS") is { Length: > 0 } extra ? connectionString + ";" + extra : connectionString;
        }

        var seeder = new RegisterSeeder(directory, time);
        ServiceProvider? data = null;
        async Task SeedAsync(IReadOnlyDictionary<string, string> environment, string workingDirectory, CancellationToken ct)
        {
            data = RegisterSeeder.DataServices(environment, workingDirectory);
            var seeded = await seeder.SeedAsync(data.GetRequiredService<IDbContextFactory<PmgDbContext>>(), settings.Youths, settings.Reports, ct).ConfigureAwait(false);
            var line = $"{provider}: seeded {seeded.Youths:N0} youths, {seeded.LevelChanges:N0} level changes, {seeded.Involvements:N0} involvements, "
                + $"{seeded.Meetings} JPP meetings, {seeded.Reports:N0} reports in {seeded.Elapsed.TotalSeconds:0.0} s (multi-row INSERTs in one transaction per table, column mapping from the bot's EF model; on PostgreSQL VACUUM ANALYZE after the load).";
            Console.WriteLine("  " + line);
            notes.Add(line);
        }

        Console.WriteLine($"{provider}: importing {directory.Professionals.Count} professionals, seeding, starting the bot");
        var bot = await BotUnderTest.StartAsync(
            new BotLaunch(settings.BotAssembly, directoryFile, issuerMetadataUrl, settings.Profile, overrides, SeedAsync, $"bot-{provider}.log"),
            probe, logs, time, cancellationToken).ConfigureAwait(false);
        var services = data ?? throw new InvalidOperationException("The seeding step did not run.");
        await using (bot.ConfigureAwait(false))
        await using (services.ConfigureAwait(false))
        {
            Console.WriteLine($"{provider}: bot ready in {bot.StartUp.TotalMilliseconds:N0} ms (pid {bot.Process.Id})");
            var contexts = services.GetRequiredService<IDbContextFactory<PmgDbContext>>();
            using var load = new LoadGenerator(BotUnderTest.MessagesUrl, authorization, sink);
            await InstallAsync(directory, sink, authorization, cancellationToken).ConfigureAwait(false);
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            var workloads = new List<(IWorkload Workload, int Users, double Rate)>();
            // Lookups first: the submit load leaves the outbox a backlog that Teams' per-conversation limits let it send
            // only slowly (minutes), which would otherwise run under the lookups.
            if (settings.Runs(RegisterSettings.Lookup))
            {
                foreach (var mode in settings.LookupModes)
                {
                    workloads.Add((new LookupWorkload(sink.BaseUrl, directory, seeder.Youths, settings.LookupUsers, settings.LookupConversations, mode, NotFoundMarker), settings.LookupUsers, settings.LookupRate));
                }
            }

            if (settings.Runs(RegisterSettings.Submit))
            {
                workloads.Add((new SubmitWorkload(sink.BaseUrl, directory, seeder.Youths, settings.SubmitUsers, ReportCardVersion, today), settings.SubmitUsers, settings.SubmitRate));
            }

            var results = new List<PhaseResult>();
            foreach (var (workload, users, rate) in workloads)
            {
                // The paced phase (the one the targets are judged on) first, right after the warm-up: a saturated phase
                // before it would leave the register tens of thousands of reports larger and the outbox a backlog of notices.
                await WarmUpAsync(provider, workload, users, workload.Stores ? rate : null, load, stamp, cancellationToken).ConfigureAwait(false);
                await DrainAsync(provider, workload.Name + " warm-up", contexts, notes, cancellationToken).ConfigureAwait(false);
                await DatabaseMaintenance.VacuumAsync(contexts, cancellationToken).ConfigureAwait(false);
                var database = provider == RegisterSettings.Postgres ? postgres : null;
                results.Add(await MeasureAsync(provider, database, workload, users, rate, load, bot, contexts, logs, stamp, cancellationToken).ConfigureAwait(false));
                await DrainAsync(provider, workload.Name + ", paced", contexts, notes, cancellationToken).ConfigureAwait(false);
                results.Add(await MeasureAsync(provider, database, workload, users, null, load, bot, contexts, logs, stamp, cancellationToken).ConfigureAwait(false));
                await DrainAsync(provider, workload.Name + ", saturated", contexts, notes, cancellationToken).ConfigureAwait(false);
                if (bot.Process.HasExited)
                {
                    throw new InvalidOperationException($"The bot exited during the load. Last log lines:\n{bot.Process.Tail(40)}");
                }
            }

            // What the bot does on its own right after the load (outbox dispatcher working off notices and alerts, timers, GC).
            var idleBefore = ProcessCpu.Read(bot.Process.Id) ?? TimeSpan.Zero;
            var databaseIdleBefore = provider == RegisterSettings.Postgres ? postgres!.ReadCpu() : TimeSpan.Zero;
            await Task.Delay(TimeSpan.FromSeconds(5), time, cancellationToken).ConfigureAwait(false);
            var idle = ((ProcessCpu.Read(bot.Process.Id) ?? idleBefore) - idleBefore) / 5;
            var databaseIdle = provider == RegisterSettings.Postgres ? (postgres!.ReadCpu() - databaseIdleBefore) / 5 : TimeSpan.Zero;
            var rows = await RowCounts.ReadAsync(contexts, cancellationToken).ConfigureAwait(false);
            var idleLine = $"{provider}: in the 5 s after the load, without requests, the bot used {idle.TotalMilliseconds:N0} ms CPU per second"
                + (provider == RegisterSettings.Postgres ? $" and PostgreSQL {databaseIdle.TotalMilliseconds:N0} ms per second" : "")
                + $" (rows then: {rows}; the sink had received {sink.Proactive:N0} proactive sends).";
            Console.WriteLine("  " + idleLine);
            notes.Add(idleLine);
            return results;
        }
    }

    /// <summary>
    /// Waits until the follow-up job has worked off the reports the phase left (see <see cref="BackgroundWork"/>), so the
    /// next phase is measured on its own; writes down how much was left and how long it took. The outbox may still be
    /// sending: Teams' per-conversation limits pace it (the chairs get many notices), so its backlog takes minutes.
    /// </summary>
    private async Task DrainAsync(string provider, string phase, IDbContextFactory<PmgDbContext> contexts, List<string>? notes, CancellationToken cancellationToken)
    {
        var (left, took, done) = await BackgroundWork.DrainAsync(contexts, TimeSpan.FromMinutes(5), time, cancellationToken).ConfigureAwait(false);
        var line = $"{provider} / {phase}: at its end {left.FollowUps:N0} reports waited for their follow-up (matching, notices, alerts) and "
            + $"{left.Outbox:N0} outbox messages for sending; the follow-ups were done " + (done ? $"{took.TotalSeconds:0.0} s later." : $"NOT done after {took.TotalSeconds:0} s.");
        Console.WriteLine("  " + line);
        notes?.Add(line);
    }

    /// <param name="rate">Null: saturated; otherwise paced to this many requests per second in all.</param>
    private async Task WarmUpAsync(string provider, IWorkload workload, int users, double? rate, LoadGenerator load, string stamp, CancellationToken cancellationToken)
    {
        var how = rate is { } r ? string.Create(CultureInfo.InvariantCulture, $"paced {r:0}/s") : "saturated";
        Console.WriteLine($"{provider} / {workload.Name}: warm-up {settings.WarmUp.TotalSeconds:0} s, {users} users, {how}");
        var warm = await load.RunAsync(workload, users, settings.WarmUp, $"w{stamp}", rate, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"  warm-up: {warm.Samples.Count:N0} requests, {warm.RequestsPerSecond:N0} req/s, {warm.Errors} errors");
        foreach (var error in warm.Samples.Where(s => !s.Ok).Select(s => s.Outcome).Distinct(StringComparer.Ordinal).Take(3))
        {
            Console.WriteLine($"  warm-up error: {error}");
        }
    }

    /// <param name="rate">Null: saturated (no pause between a user's requests); otherwise paced to this many requests per second in all.</param>
    private async Task<PhaseResult> MeasureAsync(
        string provider, PostgresCluster? database, IWorkload workload, int users, double? rate, LoadGenerator load, BotUnderTest bot,
        IDbContextFactory<PmgDbContext> contexts, string logs, string stamp, CancellationToken cancellationToken)
    {
        var name = rate is { } r ? string.Create(CultureInfo.InvariantCulture, $"{workload.Name}, paced {r:0}/s") : workload.Name + ", saturated";
        var rowsBefore = await RowCounts.ReadAsync(contexts, cancellationToken).ConfigureAwait(false);
        var loadBefore = MachineInfo.LoadAverageNow();
        var cpuBefore = ProcessCpu.Read(bot.Process.Id) ?? TimeSpan.Zero;
        var driverBefore = ProcessCpu.Read(Environment.ProcessId) ?? TimeSpan.Zero;
        var databaseBefore = database?.ReadCpu();
        var stealBefore = MachineInfo.CpuStealNow();
        var autovacuumBefore = await DatabaseMaintenance.AutovacuumRunsAsync(contexts, cancellationToken).ConfigureAwait(false);
        var checkpointsBefore = await DatabaseMaintenance.CheckpointsAsync(contexts, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"{provider} / {name}: measuring {settings.Duration.TotalSeconds:0} s (load average {loadBefore}; rows: {rowsBefore})");
        var perfData = Path.Combine(logs, $"{provider}-{name.Replace(' ', '-').Replace(",", "", StringComparison.Ordinal).Replace("/", "", StringComparison.Ordinal).Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal)}.perf.data");
        var profiling = settings.Profile ? PerfProfiler.RecordAsync(bot.Process.Id, settings.Duration, perfData, time, cancellationToken) : null;
        var measured = await load.RunAsync(workload, users, settings.Duration, rate is null ? $"m{stamp}" : $"p{stamp}", rate, cancellationToken).ConfigureAwait(false);
        var cpuAfter = ProcessCpu.Read(bot.Process.Id) ?? cpuBefore;
        var driverAfter = ProcessCpu.Read(Environment.ProcessId) ?? driverBefore;
        var databaseAfter = database?.ReadCpu();
        var loadAfter = MachineInfo.LoadAverageNow();
        var stealAfter = MachineInfo.CpuStealNow();
        var autovacuumAfter = await DatabaseMaintenance.AutovacuumRunsAsync(contexts, cancellationToken).ConfigureAwait(false);
        var checkpointsAfter = await DatabaseMaintenance.CheckpointsAsync(contexts, cancellationToken).ConfigureAwait(false);
        var botMemory = ProcessMemory.ReadRssKib(bot.Process.Id) / 1024.0;
        if (profiling is not null)
        {
            var recorded = await profiling.ConfigureAwait(false);
            if (recorded.ExitCode == 0)
            {
                foreach (var file in await PerfProfiler.ReportAsync(perfData, cancellationToken).ConfigureAwait(false))
                {
                    Console.WriteLine($"  profile written to {file}");
                }
            }
            else
            {
                Console.WriteLine($"warning: perf record failed (exit {recorded.ExitCode}):\n{recorded.Output}");
            }
        }

        var rowsAfter = await RowCounts.ReadAsync(contexts, cancellationToken).ConfigureAwait(false);
        var result = new PhaseResult(provider, name, users, measured, cpuAfter - cpuBefore, driverAfter - driverBefore, databaseAfter - databaseBefore, loadBefore, loadAfter, rowsBefore, rowsAfter, stealAfter - stealBefore, autovacuumAfter - autovacuumBefore, checkpointsAfter - checkpointsBefore, botMemory);
        var server = LatencyStats.Of(measured.Samples.Where(s => s.ServerMs is not null).Select(s => s.ServerMs!.Value));
        var reply = LatencyStats.Of(measured.Samples.Where(s => s.ReplyMs is not null).Select(s => s.ReplyMs!.Value));
        Console.WriteLine(
            $"  {measured.Samples.Count:N0} requests, {measured.RequestsPerSecond:N0} req/s, errors {measured.Errors}, server p99 {server?.P99:0.00} ms, "
            + $"reply p99 {reply?.P99:0.00} ms, CPU {result.CpuPerRequest.TotalMicroseconds:N0} µs/request, bot memory {botMemory:N0} MiB, steal {result.Steal?.TotalMilliseconds:N0} ms, autovacuum runs {result.AutovacuumRuns?.ToString(CultureInfo.InvariantCulture) ?? "–"}, checkpoints {result.Checkpoints?.ToString(CultureInfo.InvariantCulture) ?? "–"}; rows after: {rowsAfter}");
        foreach (var error in measured.Samples.Where(s => !s.Ok).Select(s => s.Outcome).Distinct(StringComparer.Ordinal).Take(3))
        {
            Console.WriteLine($"  error: {error}");
        }

        return result;
    }

    /// <summary>Every professional adds the bot in a personal chat (the install): the bot keeps the reference, so proactive notices and alerts can reach them.</summary>
    private static async Task InstallAsync(RegisterDirectory directory, ConnectorSink sink, string authorization, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        foreach (var professional in directory.Professionals)
        {
            var body = BenchActivities.BotAdded(sink.BaseUrl, professional, SubmitWorkload.ConversationOf(professional), "install-" + professional.AadObjectId);
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            using var response = await http.PostAsync(BotUnderTest.MessagesUrl, content, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Accepted))
            {
                throw new InvalidOperationException($"Installing the bot for {professional.AadObjectId} answered {(int)response.StatusCode}.");
            }
        }
    }
}
