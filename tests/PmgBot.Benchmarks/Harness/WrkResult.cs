namespace PmgBot.Benchmarks.Harness;

/// <summary>
/// One wrk run. <see cref="Requests"/> are completed responses; <see cref="Sent"/> also counts requests still in flight
/// when wrk stopped (from the lua script). Latencies in milliseconds.
/// </summary>
public sealed record WrkResult(
    long Requests,
    double Seconds,
    double RequestsPerSecond,
    double P50Ms,
    double P99Ms,
    long Non2xx,
    long SocketErrors,
    string SocketErrorDetail,
    long Sent,
    string RawOutput)
{
    /// <summary>Completed requests answered with 2xx (wrk counts non-2xx among the completed ones).</summary>
    public long Succeeded => Requests - Non2xx;
}
