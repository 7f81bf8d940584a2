namespace PmgBot.Core.Data;

/// <summary>
/// A lock for one holder at a time whose waiters are served urgent ones first, then in arrival order. A waiter that
/// gives up (timeout, cancellation) leaves the queue; the holder passes the lock straight to the next waiter.
/// </summary>
internal sealed class PriorityGate
{
    private readonly Lock _lock = new();
    private readonly Queue<Waiter> _urgent = new();
    private readonly Queue<Waiter> _normal = new();
    private bool _held;

    public async ValueTask<bool> WaitAsync(bool urgent, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var waiter = Enqueue(urgent);
        if (waiter is null)
        {
            return true;
        }

        try
        {
            await waiter.Granted.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            LeaveOrPassOn(waiter);
            return false;
        }
        catch (OperationCanceledException)
        {
            LeaveOrPassOn(waiter);
            throw;
        }
    }

    public bool Wait(bool urgent, TimeSpan timeout)
    {
        var waiter = Enqueue(urgent);
#pragma warning disable RS0030 // The synchronous path of EF Core's interceptors (sync SaveChanges, BeginTransaction) has no await.
        if (waiter is null || waiter.Granted.Task.Wait(timeout))
#pragma warning restore RS0030
        {
            return true;
        }

        LeaveOrPassOn(waiter);
        return false;
    }

    public void Release()
    {
        lock (_lock)
        {
            while (_urgent.TryDequeue(out var next) || _normal.TryDequeue(out next))
            {
                if (!next.Abandoned)
                {
                    next.Granted.TrySetResult();
                    return;
                }
            }

            _held = false;
        }
    }

    /// <summary>Takes the lock at once (null) or returns the queued waiter.</summary>
    private Waiter? Enqueue(bool urgent)
    {
        lock (_lock)
        {
            if (!_held)
            {
                _held = true;
                return null;
            }

            var waiter = new Waiter();
            (urgent ? _urgent : _normal).Enqueue(waiter);
            return waiter;
        }
    }

    /// <summary>The waiter gives up: it leaves the queue, or, when it was granted the lock meanwhile, passes it on.</summary>
    private void LeaveOrPassOn(Waiter waiter)
    {
        lock (_lock)
        {
            if (!waiter.Granted.Task.IsCompleted)
            {
                waiter.Abandoned = true;
                return;
            }
        }

        Release();
    }

    private sealed class Waiter
    {
        public TaskCompletionSource Granted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Abandoned { get; set; }
    }
}
