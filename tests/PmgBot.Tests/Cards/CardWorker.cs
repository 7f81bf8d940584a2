using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace PmgBot.Tests.Cards;

/// <summary>
/// One long-lived <c>node tests/tools/card-worker.js</c> per test run (the npm modules and jsdom load once), shared by all
/// card tests; requests are serialized. The process ends when its stdin closes (at the latest when the test host exits).
/// </summary>
internal static class CardWorker
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly StringBuilder StdErr = new();
    private static Process? _process;

    public static async Task<JsonObject> SendAsync(JsonObject request)
    {
        await Gate.WaitAsync();
        try
        {
            var process = EnsureStarted();
            await process.StandardInput.WriteLineAsync(request.ToJsonString());
            await process.StandardInput.FlushAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            string? line;
            try
            {
                line = await process.StandardOutput.ReadLineAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Stop();
                throw new TimeoutException("card-worker.js did not answer within 2 minutes.");
            }

            if (line is null)
            {
                Stop();
                throw new InvalidOperationException($"card-worker.js stopped. stderr:\n{StdErrText()}");
            }

            return JsonNode.Parse(line)!.AsObject();
        }
        finally
        {
            Gate.Release();
        }
    }

    private static Process EnsureStarted()
    {
        if (_process is { HasExited: false })
        {
            return _process;
        }

        NodeTools.EnsureInstalled();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoPaths.Tools,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Tools, "card-worker.js"));
        try
        {
            _process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException($"`node` is not on PATH ({ex.Message}). {NodeTools.InstallHint}", ex);
        }

        _process.ErrorDataReceived += (_, e) =>
        {
            lock (StdErr)
            {
                StdErr.AppendLine(e.Data);
            }
        };
        _process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
        return _process;
    }

    private static void Stop()
    {
        var process = _process;
        _process = null;
        if (process is null)
        {
            return;
        }

        try
        {
            process.StandardInput.Close();
            if (!process.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
        finally
        {
            process.Dispose();
        }
    }

    private static string StdErrText()
    {
        lock (StdErr)
        {
            return StdErr.ToString();
        }
    }
}
