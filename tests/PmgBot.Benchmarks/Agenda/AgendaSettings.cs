using System.Globalization;

namespace PmgBot.Benchmarks.Agenda;

/// <summary>Settings of the agenda-planner benchmark (environment variables, see run-agenda.sh).</summary>
/// <param name="RepoRoot">Where artifacts/benchmarks is.</param>
/// <param name="Seed">Seed of the random instances.</param>
/// <param name="TimingInstances">40-item instances timed (AGENDA_TIMING_INSTANCES).</param>
/// <param name="ExactInstances">18-item instances solved exactly (AGENDA_EXACT_INSTANCES).</param>
/// <param name="QualityInstances">40-item instances compared with random-restart local search (AGENDA_QUALITY_INSTANCES).</param>
/// <param name="Restarts">Random restarts of that local search per instance (AGENDA_RESTARTS).</param>
public sealed record AgendaSettings(string RepoRoot, int Seed, int TimingInstances, int ExactInstances, int QualityInstances, int Restarts)
{
    public static AgendaSettings FromEnvironment(Func<string, string?> variable, string repoRoot)
    {
        ArgumentNullException.ThrowIfNull(variable);
        int Int(string name, int fallback) => variable(name) is { Length: > 0 } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new AgendaSettings(
            repoRoot,
            Int("AGENDA_SEED", 14),
            Int("AGENDA_TIMING_INSTANCES", 1000),
            Int("AGENDA_EXACT_INSTANCES", 10),
            Int("AGENDA_QUALITY_INSTANCES", 20),
            Int("AGENDA_RESTARTS", 1000));
    }
}
