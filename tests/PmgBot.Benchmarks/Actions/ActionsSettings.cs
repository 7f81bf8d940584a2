using System.Globalization;

namespace PmgBot.Benchmarks.Actions;

/// <summary>Settings of the two action-item benchmarks (environment variables, see run-actions-sweep.sh and run-actions-fanout.sh).</summary>
/// <param name="RepoRoot">Where artifacts/benchmarks is.</param>
/// <param name="Items">Action items in the database for the sweep (ACTIONS_ITEMS, 1,000,000).</param>
/// <param name="OverduePercent">Share of the open items already overdue (ACTIONS_OVERDUE_PERCENT, 1); the others are due within the coming year.</param>
/// <param name="Youths">Youths the items belong to (ACTIONS_YOUTHS, 20,000).</param>
/// <param name="SweepRuns">Measured sweeps (ACTIONS_SWEEP_RUNS, 5), after one unmeasured sweep.</param>
/// <param name="Reminders">Reminders through the outbox (FANOUT_REMINDERS, 10,000).</param>
/// <param name="Recipients">Professionals they go to, each in their own personal chat (FANOUT_RECIPIENTS, 2,000).</param>
/// <param name="ThrottlePercent">Share of the connector's answers that are 429 (FANOUT_THROTTLE_PERCENT, 20).</param>
/// <param name="RetryAfter">The Retry-After of those answers (FANOUT_RETRY_AFTER, "1" second).</param>
/// <param name="LatencyMs">How long the fake connector takes per call (FANOUT_LATENCY_MS, 0).</param>
/// <param name="ParallelConversations">Outbox:MaxParallelConversations for the run (FANOUT_PARALLEL; empty: the bot's default).</param>
public sealed record ActionsSettings(
    string RepoRoot,
    int Items,
    int OverduePercent,
    int Youths,
    int SweepRuns,
    int Reminders,
    int Recipients,
    int ThrottlePercent,
    string RetryAfter,
    int LatencyMs,
    int? ParallelConversations)
{
    public static ActionsSettings FromEnvironment(Func<string, string?> variable, string repoRoot)
    {
        ArgumentNullException.ThrowIfNull(variable);
        int Int(string name, int fallback) => variable(name) is { Length: > 0 } v ? int.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;
        var settings = new ActionsSettings(
            repoRoot,
            Int("ACTIONS_ITEMS", 1_000_000),
            Int("ACTIONS_OVERDUE_PERCENT", 1),
            Int("ACTIONS_YOUTHS", 20_000),
            Int("ACTIONS_SWEEP_RUNS", 5),
            Int("FANOUT_REMINDERS", 10_000),
            Int("FANOUT_RECIPIENTS", 2_000),
            Int("FANOUT_THROTTLE_PERCENT", 20),
            variable("FANOUT_RETRY_AFTER") is { Length: > 0 } retryAfter ? retryAfter : "1",
            Int("FANOUT_LATENCY_MS", 0),
            variable("FANOUT_PARALLEL") is { Length: > 0 } parallel ? int.Parse(parallel, NumberStyles.Integer, CultureInfo.InvariantCulture) : null);
        if (settings.Items < 1 || settings.Youths < 1 || settings.SweepRuns < 1 || settings.Reminders < 1 || settings.Recipients < 1
            || settings.OverduePercent is < 0 or > 100 || settings.ThrottlePercent is < 0 or > 90 || settings.LatencyMs < 0)
        {
            throw new ArgumentException("ACTIONS_* / FANOUT_* settings out of range (see run-actions-sweep.sh and run-actions-fanout.sh).");
        }

        return settings;
    }
}
