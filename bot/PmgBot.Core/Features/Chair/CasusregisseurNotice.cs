using Microsoft.Extensions.Logging;
using PmgBot.Cards;
using PmgBot.Cards.Data;
using PmgBot.Cards.Localization;
using PmgBot.Core.Audit;
using PmgBot.Core.Conversations;
using PmgBot.Core.Features.Register;
using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Chair;

/// <summary>
/// Tells a newly appointed casusregisseur, proactively through the outbox: a <c>case-notice</c> card with the case
/// code only (no name, no facts), whose button opens the youth card after the access check; in the casusregisseur's
/// language (<see cref="RecipientLanguages"/>), not the chair's.
/// </summary>
public sealed class CasusregisseurNotice(
    ICardRenderer cards, IProactiveMessenger messenger, RecipientLanguages languages, IAuditLog audit, ILogger<CasusregisseurNotice> logger)
{
    /// <summary>The notice's text in the current language (<see cref="SendAsync"/> sets the casusregisseur's).</summary>
    public static string TextFor(string code) => YouthRecordMessages.NoticeText(code);

    public static string DedupKey(string code, string casusregisseurId, int version) => $"casusregisseur:{code}:{casusregisseurId}:{version}";

    /// <summary>Queues the notice (once per code, casusregisseur and version) and audits whether it was queued; false when it was not.</summary>
    public async Task<bool> SendAsync(string actorId, string code, string casusregisseurId, int version, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(casusregisseurId);
        using var language = BotLanguage.Use(await languages.ForAsync(casusregisseurId, cancellationToken).ConfigureAwait(false));
        var text = TextFor(code);
        var card = cards.Render(
            CardTemplateNames.CaseNotice, new CaseNoticeCardData(YouthRecordMessages.NoticeTitle, text, YouthRecordMessages.NoticeButton, RegisterVerbs.OpenYouth, code));
        var activity = CardMessage.Of(text, card);

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
