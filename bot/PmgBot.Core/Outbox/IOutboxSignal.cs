namespace PmgBot.Core.Outbox;

/// <summary>Wakes the outbox dispatcher at once when a message was enqueued in this process.</summary>
public interface IOutboxSignal
{
    void Notify();

    /// <summary>Returns true when notified, false when <paramref name="timeout"/> passed (on the injected clock).</summary>
    Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken);
}
