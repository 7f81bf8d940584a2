
using PmgBot.Core.Features.Reports;

namespace PmgBot.Tests.Features.Reports;

/// <summary>A follow-up signal that counts how often the job was woken (never waits).</summary>
internal sealed class CountingFollowUpSignal : IReportFollowUpSignal
{
    private int _notified;

    public int Notified => Volatile.Read(ref _notified);

    public void Notify() => Interlocked.Increment(ref _notified);

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => Task.FromResult(false);
}
