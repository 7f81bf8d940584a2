using System.Globalization;
using PmgBot.Benchmarks.Harness;

namespace PmgBot.Benchmarks.Register;

/// <summary>
/// The register benchmark's settings, from environment variables (all optional): <c>PROVIDERS</c> (sqlite,postgres),
/// <c>SCENARIOS</c> (submit,lookup), <c>WARMUP</c> (60s per scenario), <c>DURATION</c> (20s measured per scenario),
/// <c>SUBMIT_USERS</c> (50), <c>LOOKUP_USERS</c> (20), <c>YOUTHS</c> (5000), <c>REPORTS</c> (50000),
/// <c>LOOKUP_CONVERSATIONS</c> (256 personal chats per lookup user, see README), <c>LOOKUP_MODES</c> (message,invoke), <c>SUBMIT_RATE</c> and <c>LOOKUP_RATE</c> (100: requests per second of all users together in the paced phase), <c>PROFILE</c> (1 = perf-sample the bot
/// during each measured phase), <c>PMGBOT_REPO_ROOT</c>.
/// </summary>
public sealed record RegisterSettings(
    string RepoRoot,
    IReadOnlyList<string> Providers,
    IReadOnlyList<string> Scenarios,
    TimeSpan WarmUp,
    TimeSpan Duration,
    int SubmitUsers,
    int LookupUsers,
    int Youths,
    int Reports,
    int LookupConversations,
    IReadOnlyList<LookupMode> LookupModes,
    double SubmitRate,
    double LookupRate,
    bool Profile)
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
    public const string Submit = "submit";
    public const string Lookup = "lookup";

    public string BenchDirectory => Path.Combine(RepoRoot, "tests", "PmgBot.Benchmarks");

    public string BotAssembly => Path.Combine(RepoRoot, "bot", "PmgBot.Bot", "bin", "Release", "net10.0", "PmgBot.Bot.dll");

    public bool Runs(string scenario) => Scenarios.Contains(scenario, StringComparer.Ordinal);

    public static RegisterSettings FromEnvironment(Func<string, string?> variable, string repoRoot)
    {
        ArgumentNullException.ThrowIfNull(variable);
        return new RegisterSettings(
            repoRoot,
            List(variable("PROVIDERS"), [Sqlite, Postgres], "PROVIDERS"),
            List(variable("SCENARIOS"), [Submit, Lookup], "SCENARIOS"),
            SettingValues.Seconds(variable("WARMUP"), 60, "WARMUP"),
            SettingValues.Seconds(variable("DURATION"), 20, "DURATION"),
            SettingValues.Number(variable("SUBMIT_USERS"), 50, "SUBMIT_USERS"),
            SettingValues.Number(variable("LOOKUP_USERS"), 20, "LOOKUP_USERS"),
            SettingValues.Number(variable("YOUTHS"), 5_000, "YOUTHS"),
            SettingValues.Number(variable("REPORTS"), 50_000, "REPORTS"),
            SettingValues.Number(variable("LOOKUP_CONVERSATIONS"), 256, "LOOKUP_CONVERSATIONS"),
            List(variable("LOOKUP_MODES"), ["message", "invoke"], "LOOKUP_MODES").Select(m => m == "message" ? LookupMode.Message : LookupMode.Invoke).ToList(),
            SettingValues.Number(variable("SUBMIT_RATE"), 100, "SUBMIT_RATE"),
            SettingValues.Number(variable("LOOKUP_RATE"), 100, "LOOKUP_RATE"),
            variable("PROFILE") is "1" or "true");
    }

    private static List<string> List(string? value, string[] all, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [.. all];
        }

        var items = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return items.Length > 0 && items.All(i => all.Contains(i, StringComparer.Ordinal))
            ? [.. all.Where(a => items.Contains(a, StringComparer.Ordinal))]
            : throw new ArgumentException($"{name} must be a comma list of {string.Join(", ", all)}; got '{value}'.");
    }

    private static TimeSpan Seconds(string? value, int fallback, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return TimeSpan.FromSeconds(fallback);
        }

        var digits = value.Trim().TrimEnd('s');
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : throw new ArgumentException($"{name} must be whole seconds such as 20s; got '{value}'.");
    }

}
