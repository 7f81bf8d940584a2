namespace PmgBot.Core.Threading;

/// <summary>
/// Counts the requests and turns a user is waiting for, so background jobs (report follow-up, outbox) can let them go
/// first: before each item a job waits for a lull, at most a short while, so it never starves. On a busy machine this
/// keeps the answer to a user fast while the follow-up work fills the gaps.
/// </summary>
public sealed class ForegroundWork(TimeProvider time)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(1);
    private int _active;

    /// <summary>Requests and turns running now.</summary>
    public int Active => Volatile.Read(ref _active);

    /// <summary>Marks one request or turn as running until the returned scope is disposed.</summary>
    public Scope Enter()
    {
        Interlocked.Increment(ref _active);
        return new Scope(this);
    }

    /// <summary>Waits until nothing is running in the foreground, at most <paramref name="maxWait"/> (on the injected clock).</summary>
    public async Task WaitForLullAsync(TimeSpan maxWait, CancellationToken cancellationToken)
    {
        var until = time.GetUtcNow() + maxWait;
        while (Active > 0 && time.GetUtcNow() < until)
        {
            await Task.Delay(Poll, time, cancellationToken).ConfigureAwait(false);
        }
    }

    public readonly struct Scope(ForegroundWork owner) : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref owner._active);
    }
}
