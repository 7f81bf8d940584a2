using System.Globalization;

namespace PmgBot.Benchmarks.BusyChat;

/// <summary>Settings of the busy-chat benchmark (environment variables, see run-busy-chat.sh).</summary>
public sealed record BusyChatSettings(string RepoRoot, int GroupMessages, int Users, TimeSpan HelpInterval, TimeSpan Duration, int WarmUpHelps)
{
    public string BotAssembly => Path.Combine(RepoRoot, "bot", "PmgBot.Bot", "bin", "Release", "net10.0", "PmgBot.Bot.dll");

    public static BusyChatSettings FromEnvironment(Func<string, string?> variable, string repoRoot)
    {
        ArgumentNullException.ThrowIfNull(variable);
        int Int(string name, int fallback) => variable(name) is { Length: > 0 } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new BusyChatSettings(
            repoRoot,
            Int("GROUP_MESSAGES", 100),
            Int("USERS", 10),
            TimeSpan.FromMilliseconds(Int("HELP_INTERVAL_MS", 500)),
            TimeSpan.FromSeconds(Int("DURATION_S", 20)),
            Int("WARMUP_HELPS", 20));
    }
}
