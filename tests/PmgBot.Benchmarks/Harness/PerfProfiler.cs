using System.Globalization;

namespace PmgBot.Benchmarks.Harness;

/// <summary>
/// <c>PROFILE=1</c>: samples the bot with Linux <c>perf</c> during its measured load (the bot then runs with
/// <c>DOTNET_PerfMapEnabled=1</c> so JIT-compiled .NET methods have names) and writes two text reports: self time
/// and inclusive time (children) per symbol.
/// </summary>
public static class PerfProfiler
{
    public const int SamplesPerSecond = 499;

    public static async Task<CommandResult> RecordAsync(int pid, TimeSpan duration, string dataFile, TimeProvider time, CancellationToken cancellationToken)
    {
        // perf can fail to attach when one of the process's threads exits while it attaches (thread-pool churn): try again.
        ArgumentNullException.ThrowIfNull(time);
        var start = time.GetTimestamp();
        CommandResult result;
        do
        {
            result = await RecordOnceAsync(pid, duration - time.GetElapsedTime(start), dataFile, cancellationToken).ConfigureAwait(false);
        }
        while (result.ExitCode != 0 && duration - time.GetElapsedTime(start) > TimeSpan.FromSeconds(1));

        return result;
    }

    private static async Task<CommandResult> RecordOnceAsync(int pid, TimeSpan duration, string dataFile, CancellationToken cancellationToken)
    {
        var seconds = ((int)Math.Ceiling(duration.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return await CommandRunner.RunAsync(
            new ProcessSpec("perf record", "perf",
                ["record", "-F", SamplesPerSecond.ToString(CultureInfo.InvariantCulture), "-g", "-p", pid.ToString(CultureInfo.InvariantCulture), "-o", dataFile, "--", "sleep", seconds],
                Path.GetDirectoryName(dataFile)!,
                new Dictionary<string, string>()),
            duration + TimeSpan.FromSeconds(60),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes <c>&lt;data&gt;.threads.txt</c> (per thread name and module), <c>.self.txt</c> and <c>.children.txt</c>
    /// (per symbol) next to the data file; returns their paths.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ReportAsync(string dataFile, CancellationToken cancellationToken)
    {
        var written = new List<string>();
        foreach (var (suffix, mode, sort) in new[] { ("threads", "--no-children", "comm,dso"), ("self", "--no-children", "dso,symbol"), ("children", "--children", "dso,symbol") })
        {
            var report = await CommandRunner.RunAsync(
                new ProcessSpec("perf report", "perf",
                    ["report", "-i", dataFile, mode, "--sort", sort, "--stdio", "-g", "none", "--percent-limit", "0.3"],
                    Path.GetDirectoryName(dataFile)!,
                    new Dictionary<string, string>()),
                TimeSpan.FromMinutes(5),
                cancellationToken).ConfigureAwait(false);
            var file = $"{dataFile}.{suffix}.txt";
            await File.WriteAllTextAsync(file, report.Output, cancellationToken).ConfigureAwait(false);
            written.Add(file);
        }

        return written;
    }
}
