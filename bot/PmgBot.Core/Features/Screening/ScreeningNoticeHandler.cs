using Microsoft.Extensions.Logging;
using PmgBot.Cards;
using PmgBot.Cards.Localization;
using PmgBot.Core.Audit;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Reports;
using PmgBot.Core.Outbox;
using PmgBot.Core.Register;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Screening;

/// <summary>
/// Step 150 after a report is stored: the chairs (voorzitter, procesregisseur) of the report's JPP get a content-free
/// notice with the reference and a button to the screening card. Skipped for spoed reports: the urgent alert (step 200)
/// already goes to the same people.
/// </summary>
public sealed class ScreeningNoticeHandler(
    IProfessionalDirectory directory,
    IProactiveMessenger messenger,
    ICardRenderer cards,
    IAuditLog audit,
    ILogger<ScreeningNoticeHandler> logger) : IReportSubmittedHandler
{
    // A proactive notice to the chairs, whose language is unknown (no stored locale): always Dutch.
    public static string Title => ScreeningTexts.Resources.Get(nameof(ScreeningTexts.ScreeningNoticeTitle), BotLanguage.Dutch);

    public static string ButtonTitle => ScreeningTexts.Resources.Get(nameof(ScreeningTexts.ScreeningNoticeButton), BotLanguage.Dutch);

    public int Order => 150;

    public static string Text(string reference) => ScreeningTexts.Resources.Format(BotLanguage.Dutch, nameof(ScreeningTexts.ScreeningNoticeText), reference);

    public static string DedupKey(string reference, string recipient) => $"screening-notice:{reference}:{recipient}";

    public async Task HandleAsync(ReportSubmittedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Report;
        if (report.Urgency == ReportUrgency.Spoed)
        {
            return;
        }

        var members = await directory.ListJppMembersAsync(report.JppId, cancellationToken).ConfigureAwait(false);
        var activity = CaseNotices.Card(cards, Title, Text(report.Reference), ButtonTitle, ScreeningVerbs.OpenScreening, report.Reference);
        var chairs = JppChairs.Of(members, report.ReporterId);
        // One commit for all chairs' notices.
        var results = await messenger.SendToUsersAsync(
            [.. chairs.Select(chair => new ProactiveMessage(chair.AadObjectId, activity, DedupKey(report.Reference, chair.AadObjectId)))], cancellationToken).ConfigureAwait(false);
        var queued = results.Count(r => r.Queued);
        var failed = results.Count - queued;
        foreach (var result in results.Where(r => !r.Queued))
        {
            ScreeningFlowLog.NoticeNotQueued(logger, report.Reference, result.Reason ?? "");
        }

        // One event per report (the recipients are in the outbox by dedup key): keeps a submission to a few writes.
        await audit.RecordAsync(AuditActors.System, AuditActions.ScreeningNoticeSent, "report", report.Reference,
            failed == 0 ? AuditOutcomes.Success : AuditOutcomes.Failed, $"queued={queued} failed={failed}", cancellationToken).ConfigureAwait(false);
    }
}
