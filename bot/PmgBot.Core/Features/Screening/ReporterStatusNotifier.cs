using Microsoft.Extensions.Logging;
using PmgBot.Cards.Localization;
using PmgBot.Core.Audit;
using PmgBot.Core.Outbox;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Screening;

/// <summary>Tells the reporter the new status of their report: text only, reference only, once per status (dedup key).</summary>
public sealed class ReporterStatusNotifier(IProactiveMessenger messenger, IAuditLog audit, ILogger<ReporterStatusNotifier> logger)
{
    /// <summary>The status text, in Dutch: it goes to the reporter, whose language the chair's turn does not know (no stored locale).</summary>
    public static string Text(string reference, ReportStatus status)
    {
        using var dutch = BotLanguage.Use(BotLanguage.Dutch);
        return ScreeningTexts.StatusChanged(reference, ScreeningTexts.Status(status));
    }

    public static string DedupKey(string reference, ReportStatus status) => $"report-status:{reference}:{status}";

    public async Task SendAsync(Report report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var result = await messenger.SendToUserAsync(report.ReporterId, CaseNotices.Text(Text(report.Reference, report.Status)),
            DedupKey(report.Reference, report.Status), cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(AuditActors.System, AuditActions.ReportStatusSent, "report", report.Reference,
            result.Queued ? AuditOutcomes.Success : AuditOutcomes.Failed, $"status={report.Status}", cancellationToken).ConfigureAwait(false);
        if (!result.Queued)
        {
            ScreeningFlowLog.NoticeNotQueued(logger, report.Reference, result.Reason ?? "");
        }
    }
}
