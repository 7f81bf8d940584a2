namespace PmgBot.Graph;

/// <summary>A held request slot of one mailbox (<see cref="MailboxConcurrency"/>); dispose to give it back.</summary>
public readonly struct MailboxSlot(SemaphoreSlim semaphore) : IDisposable
{
    public void Dispose() => semaphore.Release();
}
