namespace PmgBot.Benchmarks.Harness;

/// <summary>Start-up time (process start → first accepted answer on <see cref="ReadyProbe"/>) and resident memory.</summary>
public sealed record ProcessFootprint(TimeSpan StartUp, string ReadyProbe, long? IdleRssKib, long? AfterLoadRssKib);
