using System.Runtime.InteropServices;
using PmgBot.Benchmarks.Harness;
using PmgBot.Benchmarks.Register;

// The benchmark drivers. Without arguments: the foundation benchmark (run it through tests/PmgBot.Benchmarks/run.sh,
// which installs wrk and builds the peers and the bot first; settings: BenchmarkSettings). With the argument
// "register": the register benchmark (run it through run-register.sh; settings: RegisterSettings). With "busy-chat":
// one group chat's burst against other users' help replies (run-busy-chat.sh; settings: BusyChatSettings). With "agenda":
// the smart-agenda planner in process (run-agenda.sh; settings: AgendaSettings). With "digest": the chair's digests of
// 7 JPPs over a register of 5,000 youths, in process (run-digest.sh; settings: DigestSettings). With "actions-sweep" /
// "actions-fanout": issue 15's reminder sweep over a million action items and its fan-out through the outbox
// (run-actions-sweep.sh, run-actions-fanout.sh; settings: ActionsSettings).
using var stop = new CancellationTokenSource();
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}

using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

Func<CancellationToken, Task<int>> run;
try
{
    if (args is ["actions-sweep"] or ["actions-fanout"])
    {
        var actions = PmgBot.Benchmarks.Actions.ActionsSettings.FromEnvironment(Environment.GetEnvironmentVariable, BenchmarkSettings.FindRepoRoot());
        run = args[0] == "actions-sweep"
            ? ct => new PmgBot.Benchmarks.Actions.SweepRun(actions, TimeProvider.System).RunAsync(ct)
            : ct => new PmgBot.Benchmarks.Actions.FanOutRun(actions, TimeProvider.System).RunAsync(ct);
    }
    else if (args is ["agenda"])
    {
        var agenda = PmgBot.Benchmarks.Agenda.AgendaSettings.FromEnvironment(Environment.GetEnvironmentVariable, BenchmarkSettings.FindRepoRoot());
        run = ct => new PmgBot.Benchmarks.Agenda.AgendaRun(agenda, TimeProvider.System).RunAsync(ct);
    }
    else if (args is ["digest"])
    {
        var digest = PmgBot.Benchmarks.Digest.DigestSettings.FromEnvironment(Environment.GetEnvironmentVariable, BenchmarkSettings.FindRepoRoot());
        run = ct => new PmgBot.Benchmarks.Digest.DigestRun(digest, TimeProvider.System).RunAsync(ct);
    }
    else if (args is ["busy-chat"])
    {
        var busy = PmgBot.Benchmarks.BusyChat.BusyChatSettings.FromEnvironment(Environment.GetEnvironmentVariable, BenchmarkSettings.FindRepoRoot());
        run = ct => new PmgBot.Benchmarks.BusyChat.BusyChatRun(busy, TimeProvider.System).RunAsync(ct);
    }
    else if (args is ["register"])
    {
        var register = RegisterSettings.FromEnvironment(Environment.GetEnvironmentVariable, BenchmarkSettings.FindRepoRoot());
        run = ct => new RegisterRun(register, TimeProvider.System).RunAsync(ct);
    }
    else
    {
        var settings = BenchmarkSettings.FromEnvironment(Environment.GetEnvironmentVariable);
        run = ct => new BenchmarkRun(settings, TimeProvider.System).RunAsync(ct);
    }
}
catch (ArgumentException ex)
{
    await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
    return 2;
}

try
{
    return await run(stop.Token).ConfigureAwait(false);
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
