namespace PmgBot.Benchmarks.Register;

/// <summary>Every sample of one phase and how long the phase took.</summary>
public sealed record LoadResult(IReadOnlyList<RequestSample> Samples, TimeSpan Elapsed)
{
    public double RequestsPerSecond => Samples.Count / Elapsed.TotalSeconds;

    public int Errors => Samples.Count(s => !s.Ok);
}
