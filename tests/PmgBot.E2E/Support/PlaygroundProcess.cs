using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PmgBot.E2E.Support;

/// <summary>
/// The Microsoft 365 Agents Playground (tests/tools/node_modules/.bin/agentsplayground) as a process: no browser of
/// its own, telemetry off, in a temp work folder (it writes devTools/ there). It silently falls back to a random
/// port when its port is busy, so start fails clearly unless it prints "Listening on &lt;port&gt;" for the port asked.
/// </summary>
public sealed partial class PlaygroundProcess : IAsyncDisposable
{
    public const int DefaultPort = 56150;

    private readonly ChildProcess _process;
    private readonly TempDirectory _workDirectory;

    private PlaygroundProcess(ChildProcess process, TempDirectory workDirectory, Uri baseAddress)
    {
        _process = process;
        _workDirectory = workDirectory;
        BaseAddress = baseAddress;
    }

    /// <summary>For example http://127.0.0.1:56150/.</summary>
    public Uri BaseAddress { get; }

    public string LogPath => _process.LogPath;

    public static async Task<PlaygroundProcess> StartAsync(Uri botEndpoint, int port = DefaultPort)
    {
        ArgumentNullException.ThrowIfNull(botEndpoint);
        if (!File.Exists(RepoPaths.PlaygroundExecutable))
        {
            throw new InvalidOperationException(
                $"The Agents Playground is not installed: {RepoPaths.PlaygroundExecutable} is missing. Run `npm ci` in tests/tools.");
        }

        LoopbackPort.EnsureFree(port, "Agents Playground");
        var workDirectory = new TempDirectory("pmgbot-e2e-playground-");
        var startInfo = new ProcessStartInfo(RepoPaths.PlaygroundExecutable) { WorkingDirectory = workDirectory.Path };
        foreach (var arg in new[] { "-e", botEndpoint.ToString(), "-p", port.ToString(CultureInfo.InvariantCulture), "--disable-telemetry" })
        {
            startInfo.ArgumentList.Add(arg);
        }

        startInfo.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        var process = ChildProcess.Start(startInfo, "playground");
        var playground = new PlaygroundProcess(process, workDirectory, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            var line = await process.WaitForLineAsync(l => ListeningLine().IsMatch(l), TimeSpan.FromSeconds(90)).ConfigureAwait(false);
            var actual = int.Parse(ListeningLine().Match(line).Groups[1].Value, CultureInfo.InvariantCulture);
            if (actual != port)
            {
                throw new InvalidOperationException(
                    $"The Agents Playground listens on {actual} instead of {port}: port {port} was taken. Free it and run again.");
            }

            await playground.WaitForPingAsync().ConfigureAwait(false);
            return playground;
        }
        catch
        {
            await playground.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public string OutputTail(int count = 40) => _process.OutputTail(count);

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync().ConfigureAwait(false);
        _workDirectory.Dispose();
    }

    private async Task WaitForPingAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            try
            {
                if (await http.GetStringAsync(new Uri("_debug/ping", UriKind.Relative)).ConfigureAwait(false) == "pong")
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250).ConfigureAwait(false);
        }

        throw new InvalidOperationException($"The Agents Playground does not answer GET /_debug/ping. Log {LogPath}:\n{OutputTail()}");
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningLine();
}
