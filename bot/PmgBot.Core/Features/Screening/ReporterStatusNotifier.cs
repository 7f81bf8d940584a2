using Microsoft.Extensions.Logging;
using PmgBot.Cards.Localization;
using PmgBot.Core.Audit;
using PmgBot.Core.Conversations;
using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Screening;

/// <summary>Tells the reporter the new status of their report: text only, reference only, once per status (dedup key).</summary>
public sealed class ReporterStatusNotifier(
    IProactiveMessenger messenger, RecipientLanguages languages, IAuditLog audit, ILogger<ReporterStatusNotifier> logger)
{
    /// <summary>The status text in the current language (<see cref="SendAsync"/> sets the reporter's, not the chair's).</summary>
    public static string Text(string reference, ReportStatus status) => ScreeningTexts.StatusChanged(reference, ScreeningTexts.Status(status));

    public static string DedupKey(string reference, ReportStatus status) => $"report-status:{reference}:{status}";

    public async Task SendAsync(Report report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        Activity activity;
        using (BotLanguage.Use(await languages.ForAsync(report.ReporterId, cancellationToken).ConfigureAwait(false)))
        {
            activity = CaseNotices.Text(Text(report.Reference, report.Status));
        }

        var result = await messenger.SendToUserAsync(report.ReporterId, activity, DedupKey(report.Reference, report.Status), cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(AuditActors.System, AuditActions.ReportStatusSent, "report", report.Reference,
            result.Queued ? AuditOutcomes.Success : AuditOutcomes.Failed, $"status={report.Status}", cancellationToken).ConfigureAwait(false);
        if (!result.Queued)
        {
            ScreeningFlowLog.NoticeNotQueued(logger, report.Reference, result.Reason ?? "");
        }
    }
}
