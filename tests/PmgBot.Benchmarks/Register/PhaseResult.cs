namespace PmgBot.Benchmarks.Register;

/// <summary>One measured phase: provider, workload, users, the samples, the bot's and the driver's CPU time in the phase, the load average before and after, the CPU time stolen by the hypervisor, the autovacuum runs and checkpoints that finished during it (PostgreSQL), the bot's resident memory at its end.</summary>
public sealed record PhaseResult(
    string Provider,
    string Workload,
    int Users,
    LoadResult Load,
    TimeSpan BotCpu,
    TimeSpan DriverCpu,
    TimeSpan? DatabaseCpu,
    string LoadAverageBefore,
    string LoadAverageAfter,
    RowCounts RowsBefore,
    RowCounts RowsAfter,
    TimeSpan? Steal,
    long? AutovacuumRuns,
    long? Checkpoints,
    double? BotMemoryMiB)
{
    public TimeSpan CpuPerRequest => Load.Samples.Count == 0 ? TimeSpan.Zero : BotCpu / Load.Samples.Count;

    public TimeSpan? DatabaseCpuPerRequest => Load.Samples.Count == 0 ? null : DatabaseCpu / Load.Samples.Count;

    public TimeSpan DriverCpuPerRequest => Load.Samples.Count == 0 ? TimeSpan.Zero : DriverCpu / Load.Samples.Count;
}
