using System.Threading.Channels;
using Microsoft.Extensions.Options;
using PmgBot.Bot.Protocol;

namespace PmgBot.Bot.Routing;

/// <summary>
/// The in-process queue between <c>POST /api/messages</c> and the turn workers: messages and conversation updates
/// are acknowledged at once (202) and processed here, so Teams never waits on the database or the connector.
/// Bounded: when it is full the endpoint answers 503 and Teams delivers again later.
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

    public bool TryEnqueue(QueuedTurn turn)
    {
        if (!_channel.Writer.TryWrite(turn))
        {
            return false;
        }

        Interlocked.Increment(ref _pending);
        return true;
    }

    public ChannelReader<QueuedTurn> Reader => _channel.Reader;

    internal void Completed() => Interlocked.Decrement(ref _pending);
}
