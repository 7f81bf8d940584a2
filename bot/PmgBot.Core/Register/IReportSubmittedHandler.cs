namespace PmgBot.Core.Register;

/// <summary>
/// A step that runs after a report was stored (matching to the register, match notices, urgent alerts), in
/// <see cref="Order"/>. Handlers run once per stored report (never for a repeated submit of the same card) and must
/// be safe to run again: proactive messages go through the outbox with a dedup key per report and recipient.
/// Notices they send carry case codes only.
/// </summary>
public interface IReportSubmittedHandler
{
    /// <summary>Lower runs first: matching (0) before notices (100) and urgent alerts (200).</summary>
    int Order { get; }

    Task HandleAsync(ReportSubmittedContext context, CancellationToken cancellationToken);
}
