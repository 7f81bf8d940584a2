using PmgBot.Cards;
using PmgBot.Cards.Data;
using PmgBot.Cards.Localization;
using PmgBot.Core.Audit;
using PmgBot.Core.Conversations;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Screening;
using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;
using PmgBot.Core.Register;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Reports;

/// <summary>
/// Spoed: the voorzitter(s) and procesregisseur(s) of the report's JPP get a content-free card at once, through the
/// outbox (one per report and recipient, also when run again). The card names the reference and the JPP, nothing else;
/// its button opens the report in screening after the server's access check. Fills <see cref="ReportSubmittedContext.Alerted"/>
/// with those queued (the reporter was told <see cref="JppChairs"/> of the JPP when the report was stored). Each chair
/// reads it in their language (<see cref="RecipientLanguages"/>: the locale of their last activity, Dutch when unknown).
/// </summary>
public sealed class UrgentReportAlert(
    IProfessionalDirectory directory,
    IProactiveMessenger messenger,
    RecipientLanguages languages,
    ICardRenderer cards,
    IAuditLog audit) : IReportSubmittedHandler
{
    public int Order => 200;

    public async Task HandleAsync(ReportSubmittedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Report;
        if (report.Urgency != ReportUrgency.Spoed)
        {
            return;
        }

        var jppId = report.JppId;
        var jppName = await directory.FindJppNameAsync(jppId, cancellationToken).ConfigureAwait(false) ?? jppId;
        var members = await directory.ListJppMembersAsync(jppId, cancellationToken).ConfigureAwait(false);
        var recipients = JppChairs.Of(members, report.ReporterId);

        var spoken = await languages.ForAsync([.. recipients.Select(r => r.AadObjectId)], cancellationToken).ConfigureAwait(false);
        // One commit for all alerts of the report, each in its chair's language.
        var results = await messenger.SendToUsersAsync(
            [.. recipients.Select(recipient =>
            {
                using var language = BotLanguage.Use(spoken[recipient.AadObjectId]);
                var card = cards.Render(CardTemplateNames.CaseNotice, new CaseNoticeCardData(
                    ReportTexts.UrgentAlertTitle,
                    ReportTexts.UrgentAlertText(report.Reference, jppName),
                    ReportTexts.UrgentAlertButton,
                    ScreeningVerbs.OpenScreening,
                    report.Reference));
                return new ProactiveMessage(
                    recipient.AadObjectId,
                    new Activity
                    {
                        Type = ActivityTypes.Message,
                        Summary = ReportTexts.UrgentAlertSummary(report.Reference),
                        Attachments = [Attachment.AdaptiveCard(card)],
                        Locale = BotLanguage.Locale,
                    },
                    ReportAlertKeys.Urgent(report.Reference, recipient.AadObjectId));
            })],
            cancellationToken).ConfigureAwait(false);
        var queued = 0;
        for (var i = 0; i < recipients.Count; i++)
        {
            if (results[i].Queued)
            {
                queued++;
                context.Alerted.Add(AlertedNames.Of(recipients[i]));
            }
        }

        await audit.RecordAsync(AuditActors.System, AuditActions.ReportUrgentAlert, "report", report.Reference,
            queued == recipients.Count ? AuditOutcomes.Success : AuditOutcomes.Failed,
            $"recipients={recipients.Count}; queued={queued}", cancellationToken).ConfigureAwait(false);
    }
}
