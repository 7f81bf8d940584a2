using System.Collections.Concurrent;

namespace PmgBot.Bot.Protocol;

/// <summary>
/// Remembers recently seen activities (key <c>conversation.id|activity.id</c>, ordinal) for ten minutes so a
/// redelivered activity is handled once (protocol.md §1.3). The first handling's response is kept and given to
/// the duplicate, so a redelivered invoke gets the same card back. In-memory per instance: flows with side
/// effects also carry their own business idempotency keys.
/// </summary>
public sealed class ActivityDeduplicator(TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, Entry> _seen = new(StringComparer.Ordinal);
    private long _lastSweepTicks;

    /// <summary>
    /// Handles the activity once: the first call for a key runs <paramref name="handle"/>; a call for the same key
    /// within the window gets the first call's task and <paramref name="duplicate"/> = true.
    /// </summary>
    public Task<BotHttpResponse> HandleOnce(string key, Func<Task<BotHttpResponse>> handle, out bool duplicate)
    {
        ArgumentNullException.ThrowIfNull(handle);
        Sweep();
        var now = time.GetUtcNow();
        var mine = new Entry(now, new Lazy<Task<BotHttpResponse>>(handle, LazyThreadSafetyMode.ExecutionAndPublication));
        var entry = _seen.AddOrUpdate(key, _ => mine, (_, existing) => now - existing.SeenAt > Window ? mine : existing);
        duplicate = !ReferenceEquals(entry, mine);
        return entry.Work.Value;
    }

    /// <summary>Forgets a key whose handling failed, so a redelivery is handled again.</summary>
    public void Forget(string key) => _seen.TryRemove(key, out _);

    private void Sweep()
    {
        var now = time.GetUtcNow().UtcTicks;
        var last = Interlocked.Read(ref _lastSweepTicks);
        if (now - last < TimeSpan.TicksPerMinute || Interlocked.CompareExchange(ref _lastSweepTicks, now, last) != last)
        {
            return;
        }

        foreach (var (key, entry) in _seen)
        {
            if (now - entry.SeenAt.UtcTicks > Window.Ticks)
            {
                _seen.TryRemove(key, out _);
            }
        }
    }

    private sealed record Entry(DateTimeOffset SeenAt, Lazy<Task<BotHttpResponse>> Work);
}
