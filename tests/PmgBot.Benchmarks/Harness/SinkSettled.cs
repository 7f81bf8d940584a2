namespace PmgBot.Benchmarks.Harness;

/// <summary>The sink's count once replies stopped arriving, and when the last one arrived (after the load ended).</summary>
public sealed record SinkSettled(long Count, TimeSpan LastGrowthAfter);
