using System.Runtime.InteropServices;
using PmgBot.Benchmarks.Harness;

// The foundation benchmark driver. Run it through tests/PmgBot.Benchmarks/run.sh, which installs wrk and builds
// the peers and the bot first. Settings: see BenchmarkSettings (DURATION, WARMUP, CONNS, THREADS, TARGETS, SETTLE_LIMIT).
using var stop = new CancellationTokenSource();
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}

using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

BenchmarkSettings settings;
try
{
    settings = BenchmarkSettings.FromEnvironment(Environment.GetEnvironmentVariable);
}
catch (ArgumentException ex)
{
    await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
    return 2;
}

try
{
    return await new BenchmarkRun(settings, TimeProvider.System).RunAsync(stop.Token).ConfigureAwait(false);
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    await Console.Error.WriteLineAsync("Stopped; everything the benchmark started has been stopped.").ConfigureAwait(false);
    return 130;
}
catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or FileNotFoundException or HttpRequestException or FormatException)
{
    await Console.Error.WriteLineAsync($"Benchmark failed: {ex.Message}").ConfigureAwait(false);
    return 2;
}
