using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;

namespace PmgBot.E2E.Support;

/// <summary>
/// Listens to WS /_ws_conversation/v1/conversations/stream of a running Playground: every activity the bot sends
/// to any chat arrives here (the web UI listens to the same stream). Frames are kept in memory and logged to
/// artifacts/e2e/&lt;logName&gt;.log.
/// </summary>
public sealed class ConversationStream : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<StreamFrame> _frames = [];
    private readonly Lock _gate = new();
    private readonly StreamWriter _log;
    private readonly Task _receiving;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ConversationStream(ClientWebSocket socket, string logName)
    {
        _socket = socket;
        _log = new StreamWriter(RepoPaths.Artifact(logName + ".log"), append: false, new UTF8Encoding(false)) { AutoFlush = true };
        _receiving = Task.Run(ReceiveLoopAsync);
    }

    public static async Task<ConversationStream> ConnectAsync(Uri playgroundBase, string logName = "playground-stream")
    {
        ArgumentNullException.ThrowIfNull(playgroundBase);
        var socket = new ClientWebSocket();
        var uri = new UriBuilder(new Uri(playgroundBase, "_ws_conversation/v1/conversations/stream")) { Scheme = "ws" }.Uri;
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await socket.ConnectAsync(uri, cts.Token).ConfigureAwait(false);
        return new ConversationStream(socket, logName);
    }

    /// <summary>A snapshot of all frames received so far, oldest first.</summary>
    public IReadOnlyList<StreamFrame> Frames
    {
        get
        {
            lock (_gate)
            {
                return [.. _frames];
            }
        }
    }

    /// <summary>The number of frames so far; pass it to <see cref="WaitForAsync"/> to only look at later frames.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _frames.Count;
            }
        }
    }

    /// <summary>Waits for the first frame at or after index <paramref name="from"/> that matches.</summary>
    public async Task<StreamFrame> WaitForAsync(Func<StreamFrame, bool> match, int from = 0, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        var limit = timeout ?? TimeSpan.FromSeconds(30);
        var waited = Stopwatch.StartNew();
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var found = _frames.Skip(from).FirstOrDefault(match);
                if (found is not null)
                {
                    return found;
                }

                changed = _changed.Task;
            }

            var left = limit - waited.Elapsed;
            if (left <= TimeSpan.Zero || _receiving.IsCompleted)
            {
                var seen = string.Join('\n', Frames.Skip(from).Select(f => $"{f.Action} {f.ConversationId}: {f.AllText.ReplaceLineEndings(" | ")}"));
                throw new TimeoutException($"No matching frame on the Playground stream within {limit.TotalSeconds:0} s. Frames seen:\n{seen}");
            }

            await Task.WhenAny(changed, Task.Delay(left)).ConfigureAwait(false);
        }
    }

    /// <summary>Waits until no frame has arrived for <paramref name="quiet"/>, so a test can check that nothing more was sent.</summary>
    public async Task WaitForQuietAsync(TimeSpan quiet)
    {
        var seen = Count;
        while (true)
        {
            await Task.Delay(quiet).ConfigureAwait(false);
            var now = Count;
            if (now == seen)
            {
                return;
            }

            seen = now;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _receiving.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _socket.Dispose();
        _stop.Dispose();
        await _log.DisposeAsync().ConfigureAwait(false);
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open && !_stop.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                var json = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
                message.SetLength(0);
                Add(json);
            }
        }
        catch (WebSocketException e)
        {
            await _log.WriteLineAsync($"# stream closed: {e.Message}").ConfigureAwait(false);
        }
        finally
        {
            Signal();
        }
    }

    private void Add(string json)
    {
        var frame = StreamFrame.Parse(json);
        lock (_gate)
        {
            _frames.Add(frame);
            _log.WriteLine(json);
        }

        Signal();
    }

    private void Signal()
    {
        TaskCompletionSource previous;
        lock (_gate)
        {
            previous = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        previous.TrySetResult();
    }
}
