
namespace PmgBot.Benchmarks.Harness;

/// <summary>
/// What to run, from environment variables (all optional): <c>DURATION</c> (10s), <c>WARMUP</c> (30s: long enough for tiered JIT to reach its optimised code in every target), <c>CONNS</c> (32),
/// <c>THREADS</c> (2), <c>TARGETS</c> (floor,js-sdk,bot), <c>SETTLE_LIMIT</c> (60s), <c>PROFILE</c> (1 = perf-sample the
/// bot's measured load), <c>ACTIVITY</c> (the activity file, default activity.json; activity-typing.json measures the
/// request path alone: a <c>typing</c> activity is authenticated and answered 200 without a turn), <c>PMGBOT_REPO_ROOT</c>.
/// </summary>
public sealed record BenchmarkSettings(
    string RepoRoot,
    TimeSpan Duration,
    TimeSpan WarmUp,
    int Threads,
    int Connections,
    IReadOnlyList<string> Targets,
    TimeSpan SettleLimit,
    bool Profile,
    string ActivityFile)
{
    public static readonly IReadOnlyList<string> AllTargets = [TargetNames.Floor, TargetNames.JsSdk, TargetNames.Bot];

    public string BenchDirectory => Path.Combine(RepoRoot, "tests", "PmgBot.Benchmarks");

    public string PeersDirectory => Path.Combine(BenchDirectory, "peers");

    public string BotAssembly => Path.Combine(RepoRoot, "bot", "PmgBot.Bot", "bin", "Release", "net10.0", "PmgBot.Bot.dll");

    public bool Runs(string target) => Targets.Contains(target, StringComparer.Ordinal);

    public static BenchmarkSettings FromEnvironment(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var targets = (variable("TARGETS") ?? string.Join(',', AllTargets))
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = targets.Except(AllTargets, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0 || targets.Length == 0)
        {
            throw new ArgumentException($"TARGETS must be a comma list of {string.Join(", ", AllTargets)}; got '{variable("TARGETS")}'.");
        }

        var repoRoot = variable("PMGBOT_REPO_ROOT") is { Length: > 0 } root ? Path.GetFullPath(root) : FindRepoRoot();
        var activity = Path.GetFullPath(variable("ACTIVITY") is { Length: > 0 } file
            ? file
            : Path.Combine(repoRoot, "tests", "PmgBot.Benchmarks", "activity.json"));
        if (!File.Exists(activity))
        {
            throw new ArgumentException($"ACTIVITY file not found: {activity}");
        }

        return new BenchmarkSettings(
            repoRoot,
            SettingValues.Seconds(variable("DURATION"), 10, "DURATION"),
            SettingValues.Seconds(variable("WARMUP"), 30, "WARMUP"),
            SettingValues.Number(variable("THREADS"), 2, "THREADS"),
            SettingValues.Number(variable("CONNS"), 32, "CONNS"),
            AllTargets.Where(t => targets.Contains(t, StringComparer.Ordinal)).ToList(),
            SettingValues.Seconds(variable("SETTLE_LIMIT"), 60, "SETTLE_LIMIT"),
            variable("PROFILE") is "1" or "true",
            activity);
    }



    /// <summary><c>PMGBOT_REPO_ROOT</c>, else the folder above the driver that holds PmgBot.sln.</summary>
    public static string FindRepoRoot()
    {
        if (Environment.GetEnvironmentVariable("PMGBOT_REPO_ROOT") is { Length: > 0 } root)
        {
            return Path.GetFullPath(root);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PmgBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PmgBot.sln not found above the benchmark's folder; set PMGBOT_REPO_ROOT.");
    }
}
