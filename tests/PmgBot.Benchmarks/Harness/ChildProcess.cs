using System.Diagnostics;

namespace PmgBot.Benchmarks.Harness;

/// <summary>
/// A long-running process the benchmark started (sink, peers, bot). Its output goes to a log file; disposing kills
/// it and its children, so nothing outlives the run (also after a failure or Ctrl-C, through <c>await using</c>).
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _logGate = new();
    private bool _logClosed;

    private ChildProcess(string name, Process process, StreamWriter log, long startedTimestamp)
    {
        Name = name;
        _process = process;
        _log = log;
        StartedTimestamp = startedTimestamp;
    }

    public string Name { get; }

    /// <summary>The <see cref="TimeProvider.GetTimestamp"/> taken just before the process was started.</summary>
    public long StartedTimestamp { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string LogPath => ((FileStream)_log.BaseStream).Name;

    public static ChildProcess Start(ProcessSpec spec, string logPath, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(time);
        var process = new Process { StartInfo = spec.ToStartInfo() };
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var started = time.GetTimestamp();
        var child = new ChildProcess(spec.Name, process, log, started);
        process.OutputDataReceived += (_, e) => child.WriteLog(e.Data);
        process.ErrorDataReceived += (_, e) => child.WriteLog(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>The last lines of the log, for error messages when the process failed to come up.</summary>
    public string Tail(int lines)
    {
        lock (_logGate)
        {
            if (!_logClosed)
            {
                _log.Flush();
            }
        }

        using var reader = new StreamReader(new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        var all = reader.ReadToEnd().Split('\n');
        return string.Join('\n', all.TakeLast(lines));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException or System.ComponentModel.Win32Exception)
        {
            await Console.Error.WriteLineAsync($"warning: could not stop {Name} (pid {SafeId()}): {ex.Message}").ConfigureAwait(false);
        }

        lock (_logGate)
        {
            _logClosed = true;
            _log.Dispose();
        }

        _process.Dispose();
    }

    private string SafeId()
    {
        try
        {
            return _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (InvalidOperationException)
        {
            return "?";
        }
    }

    private void WriteLog(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_logGate)
        {
            if (!_logClosed)
            {
                _log.WriteLine(line);
            }
        }
    }
}
