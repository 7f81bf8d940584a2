using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace PmgBot.Bot.Routing;

/// <summary>
/// The in-process queue between <c>POST /api/messages</c> and the turn workers. Every turn in it is stored in the
/// inbox first (the queue only spares the workers a database read). Bounded by reservations: a request takes a
/// place before its turn is stored, waiting a little when the queue is full (back-pressure), and the place is
/// freed when the turn is done, so turns waiting for the database (retries) keep theirs.
/// </summary>
public sealed class TurnQueue
{
    private readonly Channel<QueuedTurn> _channel = Channel.CreateUnbounded<QueuedTurn>(new UnboundedChannelOptions { SingleReader = false, SingleWriter = false });
    private readonly SemaphoreSlim _places;
    private readonly ConcurrentDictionary<Guid, byte> _held = new();
    private int _pending;

    public TurnQueue(IOptions<BotEndpointOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _places = new SemaphoreSlim(options.Value.QueueCapacity, options.Value.QueueCapacity);
    }

    /// <summary>Turns accepted but not yet finished (queued, running or waiting to be tried again), and places reserved for turns being stored.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>The inbox turns this process holds in memory (the recovery leaves them alone).</summary>
    public IReadOnlySet<Guid> HeldTurns => new HashSet<Guid>(_held.Keys);

    /// <summary>Free places now.</summary>
    public int FreePlaces => _places.CurrentCount;

    public ChannelReader<QueuedTurn> Reader => _channel.Reader;

    /// <summary>Takes a place, waiting up to <paramref name="wait"/>; false when the queue stayed full.</summary>
    public async Task<bool> ReserveAsync(TimeSpan wait)
    {
        if (!await _places.WaitAsync(wait).ConfigureAwait(false))
        {
            return false;
        }

        Interlocked.Increment(ref _pending);
        return true;
    }

    /// <summary>Takes a place if one is free now.</summary>
    public bool TryReserve()
    {
        if (!_places.Wait(0))
        {
            return false;
        }

        Interlocked.Increment(ref _pending);
        return true;
    }

    /// <summary>Gives back a reserved place that was not used (the turn was a redelivery, or could not be stored).</summary>
    public void Unreserve()
    {
        Interlocked.Decrement(ref _pending);
        _places.Release();
    }

    /// <summary>Queues a turn on a reserved place (a new one, a recovered one, or one tried again).</summary>
    public void Enqueue(QueuedTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        _held.TryAdd(turn.TurnId, 0);
        _channel.Writer.TryWrite(turn);
    }

    /// <summary>The turn is finished (done, given up, or taken by another process): its place is free.</summary>
    public void Completed(QueuedTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        _held.TryRemove(turn.TurnId, out _);
        Unreserve();
    }
}
