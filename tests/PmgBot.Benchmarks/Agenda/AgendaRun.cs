using System.Diagnostics;
using System.Globalization;
using System.Text;
using PmgBot.Benchmarks.Harness;
using PmgBot.Benchmarks.Register;
using PmgBot.Core.Features.Meetings.Agenda;

namespace PmgBot.Benchmarks.Agenda;

/// <summary>
/// Issue 14's planner benchmark (in process, no bot): (a) planning time of 40 items / 12 organisations, p50/p99/max
/// over many seeded instances (target p99 &lt; 50 ms); (b) the exact planner on 18 items (target &lt; 1 s), and how
/// close the heuristic alone comes to that optimum; (c) quality of the heuristic on 40 items against the best of
/// <see cref="AgendaSettings.Restarts"/> random-restart local searches (target within 2 %). Every plan's waiting is
/// recounted by <see cref="ReferenceAgenda"/>. Writes <c>artifacts/benchmarks/agenda-&lt;timestamp&gt;.md</c>.
/// </summary>
public sealed class AgendaRun(AgendaSettings settings, TimeProvider time)
{
    private const int Items = 40;
    private const int Organisations = 12;
    private const int ExactItems = 18;
    private const int LargeItems = 200;
    private const int LargeInstances = 20;
    private const int WarmUpInstances = 50;

    public Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var machine = MachineInfo.Read();
        Console.WriteLine($"nproc {machine.Cores}, load average {machine.LoadAverage} ({machine.CpuModel}; {machine.Runtime})");
        var planner = new AgendaPlanner();

        var random = new Random(settings.Seed);
        for (var i = 0; i < WarmUpInstances; i++)
        {
            Plan(planner, AgendaInstances.Create(random, Items, Organisations));
        }

        Console.WriteLine($"(a) timing {settings.TimingInstances} instances of {Items} items / {Organisations} organisations");
        var timing = Time(planner, random, Items, settings.TimingInstances, cancellationToken);
        var timingStats = LatencyStats.Of(timing.Milliseconds)!;
        var timingCpu = LatencyStats.Of(timing.CpuMilliseconds)!;
        Console.WriteLine($"    p50 {timingStats.P50:F2} ms, p99 {timingStats.P99:F2} ms, max {timingStats.Max:F2} ms (CPU p50 {timingCpu.P50:F2} ms, p99 {timingCpu.P99:F2} ms)");
        var large = Time(planner, random, LargeItems, LargeInstances, cancellationToken);
        var largeStats = LatencyStats.Of(large.Milliseconds)!;
        var largeCpu = LatencyStats.Of(large.CpuMilliseconds)!;

        Console.WriteLine($"(b) exact on {settings.ExactInstances} instances of {ExactItems} items");
        var heuristicOnly = new AgendaPlanner(AgendaPlannerOptions.Default with { ExactLimit = 0 });
        var exactTimes = new List<double>();
        var exactCpu = new List<double>();
        int heuristicOptimal = 0;
        var heuristicWorstGap = 0.0;
        for (var i = 0; i < settings.ExactInstances; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var items = AgendaInstances.Create(random, ExactItems, Organisations);
            var cpuBefore = ThreadCpuClock.NowMilliseconds();
            var (exact, elapsed) = Plan(planner, items);
            exactCpu.Add(ThreadCpuClock.NowMilliseconds() - cpuBefore);
            exactTimes.Add(elapsed);
            var (heuristic, _) = Plan(heuristicOnly, items);
            heuristicOptimal += heuristic.WaitingMinutes == exact.WaitingMinutes ? 1 : 0;
            heuristicWorstGap = Math.Max(heuristicWorstGap, Gap(heuristic.WaitingMinutes, exact.WaitingMinutes));
            if (heuristic.WaitingMinutes < exact.WaitingMinutes)
            {
                throw new InvalidOperationException($"The heuristic ({heuristic.WaitingMinutes}) beat the exact planner ({exact.WaitingMinutes}) on 18 items: the exact planner is wrong.");
            }
        }

        var exactStats = LatencyStats.Of(exactTimes)!;
        var exactCpuStats = LatencyStats.Of(exactCpu)!;
        Console.WriteLine($"    p50 {exactStats.P50:F0} ms, max {exactStats.Max:F0} ms (CPU p50 {exactCpuStats.P50:F0} ms, max {exactCpuStats.Max:F0} ms)");

        Console.WriteLine($"(c) quality on {settings.QualityInstances} instances of {Items} items against the best of {settings.Restarts} random-restart local searches");
        var gaps = new List<double>();
        int better = 0, equal = 0, savedTotal = 0, arrivalTotal = 0;
        var baselineClock = Stopwatch.StartNew();
        for (var i = 0; i < settings.QualityInstances; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var items = AgendaInstances.Create(random, Items, Organisations);
            var (plan, _) = Plan(planner, items);
            var baseline = new RandomRestartSearch(new ReferenceAgenda(items), new Random(settings.Seed + i)).Best(settings.Restarts);
            var gap = Gap(plan.WaitingMinutes, baseline);
            gaps.Add(gap);
            better += plan.WaitingMinutes < baseline ? 1 : 0;
            equal += plan.WaitingMinutes == baseline ? 1 : 0;
            savedTotal += plan.ArrivalOrderWaitingMinutes - plan.WaitingMinutes;
            arrivalTotal += plan.ArrivalOrderWaitingMinutes;
            Console.WriteLine($"    instance {i + 1}: planner {plan.WaitingMinutes}, best of {settings.Restarts} local searches {baseline}, gap {gap:P2}, arrival order {plan.ArrivalOrderWaitingMinutes}");
        }

        var baselineSeconds = baselineClock.Elapsed.TotalSeconds;
        var worstGap = gaps.Count > 0 ? gaps.Max() : 0;
        var meanGap = gaps.Count > 0 ? gaps.Average() : 0;

        var timingMet = timingStats.P99 < 50;
        var exactMet = exactStats.Max < 1000;
        var qualityMet = worstGap <= 0.02;
        string Verdict(bool met) => met ? "met" : "**MISSED**";
        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"# Agenda planner benchmark {startedAt:yyyy-MM-dd HH:mm} UTC")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Machine: {machine.Cores} cores, {machine.CpuModel}, load average at start {machine.LoadAverage} (at the end {MachineInfo.LoadAverageNow()}); {machine.Runtime}; commit {Environment.GetEnvironmentVariable("BENCH_GIT_COMMIT")}.")
            .AppendLine(CultureInfo.InvariantCulture, $"Instances: seed {settings.Seed}; 5–20 minutes and 1–4 of the organisations per item, some organisations at many more tables than others. In process, single thread, after {WarmUpInstances} warm-up plans; times include validation and building the result.")
            .AppendLine()
            .AppendLine("| measurement | instances | result | target |")
            .AppendLine("|---|---:|---|---|")
            .AppendLine(CultureInfo.InvariantCulture, $"| (a) plan {Items} items / {Organisations} organisations (heuristic) | {timingStats.Count} | p50 {timingStats.P50:F2} ms, p99 {timingStats.P99:F2} ms, max {timingStats.Max:F2} ms; CPU time p50 {timingCpu.P50:F2} ms, p99 {timingCpu.P99:F2} ms, max {timingCpu.Max:F2} ms | p99 < 50 ms: {Verdict(timingMet)} |")
            .AppendLine(CultureInfo.InvariantCulture, $"| (a′) plan {LargeItems} items / {Organisations} organisations (heuristic, the item limit) | {largeStats.Count} | p50 {largeStats.P50:F0} ms, max {largeStats.Max:F0} ms; CPU time p50 {largeCpu.P50:F0} ms, max {largeCpu.Max:F0} ms | – |")
            .AppendLine(CultureInfo.InvariantCulture, $"| (b) plan {ExactItems} items exactly (dynamic programming, 2^18 states) | {exactStats.Count} | p50 {exactStats.P50:F0} ms, max {exactStats.Max:F0} ms; CPU time p50 {exactCpuStats.P50:F0} ms, max {exactCpuStats.Max:F0} ms | < 1 s: {Verdict(exactMet)} |")
            .AppendLine(CultureInfo.InvariantCulture, $"| (b′) the heuristic alone on those {ExactItems}-item instances | {settings.ExactInstances} | optimal in {heuristicOptimal} of {settings.ExactInstances}, worst gap {heuristicWorstGap:P2} | – |")
            .AppendLine(CultureInfo.InvariantCulture, $"| (c) waiting of the plan vs the best of {settings.Restarts} random-restart local searches, {Items} items | {gaps.Count} | worst gap {worstGap:P2}, mean gap {meanGap:P2}; planner better in {better}, equal in {equal}, worse in {gaps.Count - better - equal} | within 2 %: {Verdict(qualityMet)} |")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Gap = (planner − yardstick) / yardstick; negative is better than the yardstick. The yardstick's local searches took {baselineSeconds:F0} s in all. On the quality instances the plans save {savedTotal} of {arrivalTotal} waiting minutes of the arrival order ({(arrivalTotal == 0 ? 0 : (double)savedTotal / arrivalTotal):P0}).");
        var markdown = report.ToString();
        Console.WriteLine();
        Console.WriteLine(markdown);
        var artifacts = Directory.CreateDirectory(Path.Combine(settings.RepoRoot, "artifacts", "benchmarks")).FullName;
        var file = Path.Combine(artifacts, $"agenda-{startedAt.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.md");
        File.WriteAllText(file, markdown);
        Console.WriteLine($"Report written to {file}.");
        return Task.FromResult(timingMet && exactMet && qualityMet ? 0 : 1);
    }

    private static (List<double> Milliseconds, List<double> CpuMilliseconds) Time(AgendaPlanner planner, Random random, int items, int instances, CancellationToken cancellationToken)
    {
        var milliseconds = new List<double>(instances);
        var cpu = new List<double>(instances);
        for (var i = 0; i < instances; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var agenda = AgendaInstances.Create(random, items, Organisations);
            var cpuBefore = ThreadCpuClock.NowMilliseconds();
            var (_, elapsed) = Plan(planner, agenda);
            cpu.Add(ThreadCpuClock.NowMilliseconds() - cpuBefore);
            milliseconds.Add(elapsed);
        }

        return (milliseconds, cpu);
    }

    /// <summary>Plans and checks the plan: valid, never worse than arrival order, its waiting recounted independently.</summary>
    private static (AgendaPlan Plan, double Milliseconds) Plan(AgendaPlanner planner, List<AgendaItem?> items)
    {
        var started = Stopwatch.GetTimestamp();
        var result = planner.Plan(items);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var plan = result.Plan ?? throw new InvalidOperationException("The planner refused a generated agenda: " + string.Join(" ", result.Errors));
        var reference = new ReferenceAgenda(items);
        if (reference.Waiting(plan.Order) != plan.WaitingMinutes
            || reference.Waiting(Enumerable.Range(0, items.Count).ToArray()) != plan.ArrivalOrderWaitingMinutes
            || plan.WaitingMinutes > plan.ArrivalOrderWaitingMinutes)
        {
            throw new InvalidOperationException("A plan's waiting minutes do not match the independent count, or it is worse than the arrival order.");
        }

        return (plan, elapsed);
    }

    private static double Gap(int value, int yardstick) => yardstick == 0 ? (value == 0 ? 0 : 1) : (double)(value - yardstick) / yardstick;
}
