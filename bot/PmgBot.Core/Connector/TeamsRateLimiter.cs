using Microsoft.Extensions.Options;

namespace PmgBot.Core.Connector;

/// <summary>
/// Client-side Teams throttling (protocol.md §5). Per conversation (thread), sends and creates share the sliding
/// windows 7/1 s, 8/2 s, 60/30 s and 1800/3600 s; per tenant the app may make <c>GlobalRequestsPerSecond</c> calls
/// per second. After a 429 the conversation pauses until its Retry-After has passed. Thread-safe; one instance
/// per process (the limits are per bot).
/// </summary>
public sealed class TeamsRateLimiter
{
    public static readonly IReadOnlyList<RateLimitWindow> ConversationWindows =
    [
        new(TimeSpan.FromSeconds(1), 7),
        new(TimeSpan.FromSeconds(2), 8),
        new(TimeSpan.FromSeconds(30), 60),
        new(TimeSpan.FromSeconds(3600), 1800),
    ];

    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(3600);
    private const int SweepEvery = 1024;

    private readonly TimeProvider _time;
    private readonly RateLimitWindow[] _globalWindows;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<DateTimeOffset>> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DateTimeOffset>> _tenants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _pausedUntil = new(StringComparer.Ordinal);
    private int _acquisitions;

    public TeamsRateLimiter(TimeProvider time, IOptions<ConnectorOptions> options)
        : this(time, (options ?? throw new ArgumentNullException(nameof(options))).Value.GlobalRequestsPerSecond)
    {
    }

    public TeamsRateLimiter(TimeProvider time, int globalRequestsPerSecond)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(globalRequestsPerSecond, 1);
        _time = time;
        _globalWindows = [new RateLimitWindow(TimeSpan.FromSeconds(1), globalRequestsPerSecond)];
    }

    /// <summary>Takes a slot when one is free now; otherwise says how long until one may be.</summary>
    public bool TryAcquire(string conversationKey, string? tenantId, out TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(conversationKey);
        var tenantKey = tenantId ?? string.Empty;
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            var conversation = Get(_conversations, conversationKey);
            var tenant = Get(_tenants, tenantKey);
            var wait = TimeSpan.Zero;
            if (_pausedUntil.TryGetValue(conversationKey, out var until) && until > now)
            {
                wait = until - now;
            }

            wait = Max(wait, WaitFor(conversation, ConversationWindows, now));
            wait = Max(wait, WaitFor(tenant, _globalWindows, now));
            if (wait > TimeSpan.Zero)
            {
                retryAfter = wait;
                return false;
            }

            conversation.Add(now);
            tenant.Add(now);
            if (++_acquisitions % SweepEvery == 0)
            {
                Sweep(now);
            }

            retryAfter = TimeSpan.Zero;
            return true;
        }
    }

    /// <summary>Waits (on the injected clock) until a slot is free and takes it.</summary>
    public async ValueTask WaitAsync(string conversationKey, string? tenantId, CancellationToken cancellationToken)
    {
        while (!TryAcquire(conversationKey, tenantId, out var wait))
        {
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The connector answered 429: no call to this conversation before <paramref name="until"/>.</summary>
    public void PauseUntil(string conversationKey, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(conversationKey);
        lock (_lock)
        {
            if (!_pausedUntil.TryGetValue(conversationKey, out var current) || current < until)
            {
                _pausedUntil[conversationKey] = until;
            }
        }
    }

    private static List<DateTimeOffset> Get(Dictionary<string, List<DateTimeOffset>> map, string key)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        return list;
    }

    private static TimeSpan WaitFor(List<DateTimeOffset> stamps, IReadOnlyList<RateLimitWindow> windows, DateTimeOffset now)
    {
        // Stamps are ascending; forget what no window can see any more.
        var expired = FirstAfter(stamps, now - Longest);
        if (expired > 0)
        {
            stamps.RemoveRange(0, expired);
        }

        var wait = TimeSpan.Zero;
        foreach (var window in windows)
        {
            var inWindow = stamps.Count - FirstAfter(stamps, now - window.Duration);
            if (inWindow >= window.MaxOperations)
            {
                // The slot frees when the oldest stamp that must leave drops out of the window.
                var leaving = stamps[stamps.Count - window.MaxOperations];
                wait = Max(wait, leaving + window.Duration - now);
            }
        }

        return wait;
    }

    /// <summary>Index of the first stamp strictly after <paramref name="cutoff"/> (stamps within the window).</summary>
    private static int FirstAfter(List<DateTimeOffset> stamps, DateTimeOffset cutoff)
    {
        int lo = 0, hi = stamps.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (stamps[mid] <= cutoff)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private void Sweep(DateTimeOffset now)
    {
        var cutoff = now - Longest;
        foreach (var map in new[] { _conversations, _tenants })
        {
            foreach (var key in map.Where(kv => kv.Value.Count == 0 || kv.Value[^1] <= cutoff).Select(kv => kv.Key).ToList())
            {
                map.Remove(key);
            }
        }

        foreach (var key in _pausedUntil.Where(kv => kv.Value <= now).Select(kv => kv.Key).ToList())
        {
            _pausedUntil.Remove(key);
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a >= b ? a : b;
}
