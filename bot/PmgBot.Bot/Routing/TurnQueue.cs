using System.Threading.Channels;
using Microsoft.Extensions.Options;
using PmgBot.Bot.Protocol;

namespace PmgBot.Bot.Routing;

/// <summary>
/// The in-process queue between <c>POST /api/messages</c> and the turn workers: messages and conversation updates
/// are acknowledged at once (202) and processed here, so Teams never waits on the database or the connector.
/// Bounded: when it is full the endpoint waits a little for room, then answers 503 and Teams delivers again later.
/// </summary>
public sealed class TurnQueue(IOptions<BotEndpointOptions> options)
{
    private readonly Channel<QueuedTurn> _channel = Channel.CreateBounded<QueuedTurn>(new BoundedChannelOptions(options.Value.QueueCapacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = false,
        SingleWriter = false,
    });

    private int _pending;

    /// <summary>Turns accepted but not yet finished (queued or running).</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>
    /// Queues a turn, waiting up to <paramref name="wait"/> for room: under a burst the acknowledgement slows down to the
    /// pace of the workers (back-pressure) instead of refusing at once. False when there was no room in time.
    /// </summary>
    public async Task<bool> EnqueueAsync(QueuedTurn turn, TimeSpan wait)
    {
        if (_channel.Writer.TryWrite(turn))
        {
            Interlocked.Increment(ref _pending);
            return true;
        }

        using var timeout = new CancellationTokenSource(wait);
        try
        {
            await _channel.Writer.WriteAsync(turn, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return false;
        }

        Interlocked.Increment(ref _pending);
        return true;
    }

    public ChannelReader<QueuedTurn> Reader => _channel.Reader;

    internal void Completed() => Interlocked.Decrement(ref _pending);
}
