using System.Collections.Concurrent;

namespace PmgBot.Bot.Routing;

/// <summary>
/// Remembers recently seen activities (key <c>conversation.id|activity.id</c>, ordinal) for ten minutes so a
/// redelivered activity is handled once (protocol.md §1.3). A redelivery that arrives while the first handling runs,
/// or within <see cref="ReplayWindow"/> of the first arrival, gets the first handling's answer (a redelivered invoke
/// gets the same card back); after that only the key is kept and a redelivery gets the caller's "already handled"
/// answer. So an answer — for a lookup, a youth card — does not stay in memory for ten minutes, and a burst of
/// invokes does not leave the garbage collector tens of thousands of cards to trace. In-memory per instance: flows
/// with side effects also carry their own business idempotency keys.
/// </summary>
public sealed class ActivityDeduplicator(TimeProvider time)
{
    /// <summary>How long a key is remembered.</summary>
    internal static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long after its arrival an activity's answer is kept for a redelivery: Teams re-sends an activity the bot has
    /// not answered within 15 s, so a redelivery comes while the first handling still runs or moments after it.
    /// </summary>
    internal static readonly TimeSpan ReplayWindow = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(15);
    private readonly ConcurrentDictionary<string, Entry> _seen = new(StringComparer.Ordinal);
    private long _lastSweepTicks;

    /// <summary>
    /// Handles the activity once: the first call for a key runs <paramref name="handle"/>. A call for the same key
    /// within the window gets the first call's task, or <paramref name="alreadyHandled"/> once that answer is no longer
    /// kept; <paramref name="duplicate"/> = true for both.
    /// </summary>
    public Task<BotHttpResponse> HandleOnce(string key, Func<Task<BotHttpResponse>> handle, BotHttpResponse alreadyHandled, out bool duplicate)
    {
        ArgumentNullException.ThrowIfNull(handle);
        ArgumentNullException.ThrowIfNull(alreadyHandled);
        var now = time.GetUtcNow();
        Sweep(now);
        var mine = new Entry(now, new Lazy<Task<BotHttpResponse>>(handle, LazyThreadSafetyMode.ExecutionAndPublication));
        var entry = _seen.AddOrUpdate(key, _ => mine, (_, existing) => now - existing.SeenAt > Window ? mine : existing);
        duplicate = !ReferenceEquals(entry, mine);
        return entry.Work is { } work ? work.Value : Task.FromResult(alreadyHandled);
    }

    /// <summary>Forgets a key whose handling failed, so a redelivery is handled again.</summary>
    public void Forget(string key) => _seen.TryRemove(key, out _);

    /// <summary>Keys remembered now (with or without their answer).</summary>
    internal int Count => _seen.Count;

    /// <summary>Answers still kept for a redelivery.</summary>
    internal int AnswersKept => _seen.Values.Count(e => e.Work is not null);

    private void Sweep(DateTimeOffset now)
    {
        var last = Interlocked.Read(ref _lastSweepTicks);
        if (now.UtcTicks - last < SweepInterval.Ticks || Interlocked.CompareExchange(ref _lastSweepTicks, now.UtcTicks, last) != last)
        {
            return;
        }

        foreach (var pair in _seen)
        {
            var entry = pair.Value;
            var age = now - entry.SeenAt;
            if (age > Window)
            {
                // Only this entry: a newer one under the same key stays.
                _seen.TryRemove(pair);
            }
            else if (age > ReplayWindow && entry.Work is { IsValueCreated: true } work && work.Value.IsCompleted)
            {
                _seen.TryUpdate(pair.Key, entry with { Work = null }, entry);
            }
        }
    }

    private sealed record Entry(DateTimeOffset SeenAt, Lazy<Task<BotHttpResponse>>? Work);
}
