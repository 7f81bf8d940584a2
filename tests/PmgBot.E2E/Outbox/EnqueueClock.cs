namespace PmgBot.E2E.Outbox;

/// <summary>
/// The test's clock for enqueueing: the system clock, or one fixed instant while a batch is enqueued, so every message
/// of a batch is due at the same moment (a dispatcher polling during the batch sees all of it due, or none of it).
/// </summary>
public sealed class EnqueueClock : TimeProvider
{
    private DateTimeOffset? _frozen;

    public override DateTimeOffset GetUtcNow() => _frozen ?? System.GetUtcNow();

    public IDisposable Freeze()
    {
        _frozen = System.GetUtcNow().AddSeconds(-1);
        return new Unfreeze(this);
    }

    private sealed class Unfreeze(EnqueueClock clock) : IDisposable
    {
        public void Dispose() => clock._frozen = null;
    }
}
