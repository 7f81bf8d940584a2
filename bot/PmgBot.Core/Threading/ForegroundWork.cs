namespace PmgBot.Core.Threading;

/// <summary>
/// Counts the requests and turns a user is waiting for, so background jobs (report follow-up, outbox) can let them go
/// first: before each item a job waits for a lull, at most a short while, so it never starves. On a busy machine this
/// keeps the answer to a user fast while the follow-up work fills the gaps. The wait is woken by the last request
/// ending (no polling).
/// </summary>
public sealed class ForegroundWork(TimeProvider time)
{
    private readonly Lock _gate = new();
    private int _active;
    private TaskCompletionSource _lull = Lull(completed: true);

    /// <summary>Requests and turns running now.</summary>
    public int Active => Volatile.Read(ref _active);

    /// <summary>Marks one request or turn as running until the returned scope is disposed.</summary>
    public Scope Enter()
    {
        lock (_gate)
        {
            if (_active++ == 0)
            {
                _lull = Lull(completed: false);
            }
        }

        return new Scope(this);
    }

    /// <summary>Waits until nothing is running in the foreground, at most <paramref name="maxWait"/> (on the injected clock).</summary>
    public async Task WaitForLullAsync(TimeSpan maxWait, CancellationToken cancellationToken)
    {
        Task lull;
        lock (_gate)
        {
            if (_active == 0)
            {
                return;
            }

            lull = _lull.Task;
        }

        if (maxWait <= TimeSpan.Zero)
        {
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var limit = Task.Delay(maxWait, time, stop.Token);
        await Task.WhenAny(lull, limit).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }

    private void Exit()
    {
        TaskCompletionSource? ended = null;
        lock (_gate)
        {
            if (--_active == 0)
            {
                ended = _lull;
            }
        }

        ended?.TrySetResult();
    }

    private static TaskCompletionSource Lull(bool completed)
    {
        var lull = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed)
        {
            lull.SetResult();
        }

        return lull;
    }

    public readonly struct Scope(ForegroundWork owner) : IDisposable
    {
        public void Dispose() => owner.Exit();
    }
}
