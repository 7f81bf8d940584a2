using System.Diagnostics;
using System.Text;

namespace PmgBot.Benchmarks.Harness;

/// <summary>Runs a short command to completion (wrk, the bot's import CLI) and returns its exit code and output.</summary>
public static class CommandRunner
{
    public static async Task<CommandResult> RunAsync(ProcessSpec spec, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        using var process = new Process { StartInfo = spec.ToStartInfo() };
        var output = new StringBuilder();
        var gate = new Lock();
        void Append(string? line)
        {
            if (line is not null)
            {
                lock (gate)
                {
                    output.AppendLine(line);
                }
            }
        }

        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"{spec.Name} did not finish within {timeout.TotalSeconds:0} s.");
        }

        // WaitForExitAsync also waits for the redirected streams to reach their end.
        lock (gate)
        {
            return new CommandResult(process.ExitCode, output.ToString());
        }
    }
}
