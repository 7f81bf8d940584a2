using Microsoft.Extensions.Logging;
using PmgBot.Cards;
using PmgBot.Cards.Localization;
using PmgBot.Core.Audit;
using PmgBot.Core.Conversations;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Reports;
using PmgBot.Core.Outbox;
using PmgBot.Core.Register;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Screening;

/// <summary>
/// Step 150 after a report is stored: the chairs (voorzitter, procesregisseur) of the report's JPP get a content-free
/// notice with the reference and a button to the screening card. Skipped for spoed reports: the urgent alert (step 200)
/// already goes to the same people. Each chair reads it in their language (<see cref="RecipientLanguages"/>).
/// </summary>
public sealed class ScreeningNoticeHandler(
    IProfessionalDirectory directory,
    IProactiveMessenger messenger,
    RecipientLanguages languages,
    ICardRenderer cards,
    IAuditLog audit,
    ILogger<ScreeningNoticeHandler> logger) : IReportSubmittedHandler
{
    public int Order => 150;

    /// <summary>The notice's text in the current language (the sender sets each chair's).</summary>
    public static string Text(string reference) => ScreeningTexts.ScreeningNoticeText(reference);

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
        var chairs = JppChairs.Of(members, report.ReporterId);
        var spoken = await languages.ForAsync([.. chairs.Select(c => c.AadObjectId)], cancellationToken).ConfigureAwait(false);
        // One commit for all chairs' notices, each in the chair's language.
        var results = await messenger.SendToUsersAsync(
            [.. chairs.Select(chair =>
            {
                using var language = BotLanguage.Use(spoken[chair.AadObjectId]);
                var activity = CaseNotices.Card(
                    cards, ScreeningTexts.ScreeningNoticeTitle, Text(report.Reference), ScreeningTexts.ScreeningNoticeButton, ScreeningVerbs.OpenScreening, report.Reference);
                return new ProactiveMessage(chair.AadObjectId, activity, DedupKey(report.Reference, chair.AadObjectId));
            })],
            cancellationToken).ConfigureAwait(false);
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
