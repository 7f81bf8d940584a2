using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace PmgBot.Graph;

/// <summary>
/// At most N (Outlook: 4) requests at once per app and mailbox; the rest wait here instead of earning a 429. A slot is
/// held for one SDK call, its retries and their Retry-After waits included.
/// </summary>
public sealed class MailboxConcurrency(IOptions<GraphOptions> options) : IDisposable
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _mailboxes = new(StringComparer.OrdinalIgnoreCase);
    private readonly int _limit = options.Value.MaxConcurrentRequestsPerMailbox;

    public async Task<MailboxSlot> EnterAsync(string mailbox, CancellationToken cancellationToken)
    {
        // The keys are organizer mailboxes (one or a few per JPP), so the dictionary stays small.
        var semaphore = _mailboxes.GetOrAdd(mailbox.Trim(), _ => new SemaphoreSlim(_limit, _limit));
        await semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new MailboxSlot(semaphore);
    }

    public void Dispose()
    {
        foreach (var semaphore in _mailboxes.Values)
        {
            semaphore.Dispose();
        }
    }
}
