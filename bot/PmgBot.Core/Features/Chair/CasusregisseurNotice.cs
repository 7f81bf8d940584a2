using Microsoft.Extensions.Logging;
using PmgBot.Cards;
using PmgBot.Cards.Data;
using PmgBot.Cards.Localization;
using PmgBot.Core.Audit;
using PmgBot.Core.Features.Register;
using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Chair;

/// <summary>
/// Tells a newly appointed casusregisseur, proactively through the outbox: a <c>case-notice</c> card with the case
/// code only (no name, no facts), whose button opens the youth card after the access check.
/// </summary>
public sealed class CasusregisseurNotice(ICardRenderer cards, IProactiveMessenger messenger, IAuditLog audit, ILogger<CasusregisseurNotice> logger)
{
    // To another user, whose language is unknown (no stored locale): always Dutch.
    public static string Title => YouthRecordMessages.Resources.Get(nameof(YouthRecordMessages.NoticeTitle), BotLanguage.Dutch);

    public static string TextFor(string code) => YouthRecordMessages.Resources.Format(BotLanguage.Dutch, nameof(YouthRecordMessages.NoticeText), code);

    public static string DedupKey(string code, string casusregisseurId, int version) => $"casusregisseur:{code}:{casusregisseurId}:{version}";

    /// <summary>Queues the notice (once per code, casusregisseur and version) and audits whether it was queued; false when it was not.</summary>
    public async Task<bool> SendAsync(string actorId, string code, string casusregisseurId, int version, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(casusregisseurId);
        var text = TextFor(code);

        // To another user, whose language is unknown (no stored locale): Dutch, whatever the chair's turn speaks.
        using var dutch = BotLanguage.Use(BotLanguage.Dutch);
        var card = cards.Render(CardTemplateNames.CaseNotice, new CaseNoticeCardData(Title, text, YouthRecordMessages.NoticeButton, RegisterVerbs.OpenYouth, code));
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            TextFormat = "plain",
            Summary = text,
            Attachments = [Attachment.AdaptiveCard(card)],
            Locale = "nl-NL",
        };

        ProactiveSendResult result;
        try
        {
            result = await messenger.SendToUserAsync(casusregisseurId, activity, DedupKey(code, casusregisseurId, version), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ChairLog.NoticeFailed(logger, exception);
            result = ProactiveSendResult.NotQueued("the messenger failed");
        }

        if (!result.Queued)
        {
            ChairLog.NoticeNotQueued(logger, result.Reason ?? "");
        }

        await audit.RecordAsync(
            actorId,
            AuditActions.YouthNoticeCasusregisseur,
            "youth",
            code,
            result.Queued ? AuditOutcomes.Success : AuditOutcomes.Failed,
            result.Queued ? $"to={casusregisseurId} outbox={result.OutboxId}" : $"to={casusregisseurId} {result.Reason}",
            cancellationToken).ConfigureAwait(false);
        return result.Queued;
    }
}
