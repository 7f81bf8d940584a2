namespace PmgBot.Core.Features.Reports;

/// <summary>Wakes the report follow-up job at once when a report was stored in this process.</summary>
public interface IReportFollowUpSignal
{
    void Notify();

    /// <summary>Returns true when notified, false when <paramref name="timeout"/> passed (on the injected clock).</summary>
    Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken);
}
