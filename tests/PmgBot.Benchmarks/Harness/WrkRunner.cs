using System.Globalization;

namespace PmgBot.Benchmarks.Harness;

/// <summary>Runs wrk with the activity lua script against one target.</summary>
public sealed class WrkRunner(string luaScript, string activityFile, int threads, int connections)
{
    /// <summary>
    /// Posts for <paramref name="duration"/>; <paramref name="runTag"/> goes into every activity id so ids never repeat
    /// across runs; <paramref name="authorization"/> (e.g. <c>Bearer …</c>) is sent when not null.
    /// </summary>
    public async Task<WrkResult> RunAsync(Uri url, TimeSpan duration, string runTag, string? authorization, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        if (authorization is not null)
        {
            environment["BENCH_AUTHORIZATION"] = authorization;
        }

        var spec = new ProcessSpec(
            "wrk",
            "wrk",
            [
                $"-t{threads.ToString(CultureInfo.InvariantCulture)}",
                $"-c{connections.ToString(CultureInfo.InvariantCulture)}",
                $"-d{((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture)}s",
                "--latency",
                "-s", luaScript,
                url.ToString(),
                "--", activityFile, runTag,
            ],
            Environment.CurrentDirectory,
            environment);
        var result = await CommandRunner.RunAsync(spec, duration + TimeSpan.FromSeconds(60), cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk failed (exit {result.ExitCode}):\n{result.Output}");
        }

        return WrkOutputParser.Parse(result.Output);
    }
}
