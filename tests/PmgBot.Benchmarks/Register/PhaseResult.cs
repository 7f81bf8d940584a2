namespace PmgBot.Benchmarks.Register;

/// <summary>One measured phase: provider, workload, users, the samples, the bot's CPU time in the phase, the load average before and after.</summary>
public sealed record PhaseResult(
    string Provider,
    string Workload,
    int Users,
    LoadResult Load,
    TimeSpan BotCpu,
    string LoadAverageBefore,
    string LoadAverageAfter,
    RowCounts RowsBefore,
    RowCounts RowsAfter)
{
    public TimeSpan CpuPerRequest => Load.Samples.Count == 0 ? TimeSpan.Zero : BotCpu / Load.Samples.Count;
}
