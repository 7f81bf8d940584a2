using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace PmgBot.Tests.Support;

/// <summary>
/// <see cref="FakeTimeProvider"/> starting at the tests' usual instant (Monday 2026-01-05 09:00 UTC), which also tells
/// how many of its timers are armed: a test can wait until the code under test is waiting on the clock before moving
/// it (FakeTimeProvider keeps its timers to itself).
/// </summary>
public sealed class TestClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    public static readonly DateTimeOffset DefaultStart = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    private readonly ConcurrentDictionary<CountedTimer, byte> _timers = new();

    public TestClock()
        : this(DefaultStart)
    {
    }

    /// <summary>Timers that will fire when the clock reaches their due time (e.g. a <c>Task.Delay</c> on this clock).</summary>
    public int PendingTimers => _timers.Keys.Count(t => t.Armed);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new CountedTimer(this, callback, state);
        _timers[timer] = 0;
        timer.Change(dueTime, period);
        return timer;
    }

    private ITimer CreateInnerTimer(TimerCallback callback, object? state) =>
        base.CreateTimer(callback, state, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

    private sealed class CountedTimer : ITimer
    {
        private readonly TestClock _owner;
        private readonly TimerCallback _callback;
        private readonly object? _state;
        private readonly ITimer _inner;
        private volatile bool _periodic;

        public CountedTimer(TestClock owner, TimerCallback callback, object? state)
        {
            _owner = owner;
            _callback = callback;
            _state = state;
            _inner = owner.CreateInnerTimer(static self => ((CountedTimer)self!).Fire(), this);
        }

        public bool Armed { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            // Armed before the change: FakeTimeProvider fires a timer that is already due inside Change.
            _periodic = period != Timeout.InfiniteTimeSpan && period != TimeSpan.Zero;
            Armed = dueTime != Timeout.InfiniteTimeSpan;
            return _inner.Change(dueTime, period);
        }

        public void Dispose()
        {
            Armed = false;
            _owner._timers.TryRemove(this, out _);
            _inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        private void Fire()
        {
            if (!_periodic)
            {
                Armed = false;
            }

            _callback(_state);
        }
    }
}
