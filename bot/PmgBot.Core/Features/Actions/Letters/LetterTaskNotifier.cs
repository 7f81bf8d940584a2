using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PmgBot.Cards.Localization;
using PmgBot.Core.Audit;
using PmgBot.Core.Conversations;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>
/// Gives the casusregisseur their new notificatiebrief task in personal chat, through the outbox, once per task (dedup
/// key <c>letter-task:&lt;id&gt;:new</c>). The message text is the kind of letter and the case code; the card, rendered
/// for the receiver after the access check, holds the rest. Both in the receiver's language (<see cref="RecipientLanguages"/>:
/// the locale of their last activity, Dutch when unknown), not the chair's. Audited with ids and codes only.
/// </summary>
public sealed class LetterTaskNotifier(
    PmgDbContext db,
    LetterTaskService tasks,
    LetterTaskCards cards,
    IProfessionalDirectory directory,
    IProactiveMessenger messenger,
    RecipientLanguages languages,
    IAuditLog audit,
    ILogger<LetterTaskNotifier> logger)
{
    public static string NewKey(long taskId) => "letter-task:" + taskId.ToString(CultureInfo.InvariantCulture) + ":new";

    /// <summary>
    /// Sends the notificatiebrief task that the decision about <paramref name="youthCode"/> in meeting
    /// <paramref name="meetingId"/> made, if it made one. Returns false when there was one and it could not be queued.
    /// </summary>
    public async Task<bool> SendNewAsync(ProfessionalProfile actor, long meetingId, string? youthCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var code = YouthCodes.Normalise(youthCode);
        var task = code is null
            ? null
            : await db.Set<LetterTask>().AsNoTracking()
                .Where(t => t.Kind == LetterKind.Notificatiebrief && t.MeetingId == meetingId && db.Set<Youth>().Any(y => y.Id == t.YouthId && y.Code == code))
                .Select(t => new { t.Id, Receiver = db.Set<Youth>().Where(y => y.Id == t.YouthId).Select(y => y.CasusregisseurId).FirstOrDefault() })
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (task is null)
        {
            return true;
        }

        var receiver = task.Receiver is null ? null : await directory.FindAsync(task.Receiver, cancellationToken).ConfigureAwait(false);
        var view = receiver is { Active: true } ? await tasks.GetAsync(receiver, task.Id, cancellationToken).ConfigureAwait(false) : null;
        ProactiveSendResult result;
        if (receiver is null || view is null)
        {
            result = ProactiveSendResult.NotQueued("no casusregisseur who may see it");
        }
        else
        {
            // The text and the card in the casusregisseur's language, not the chair's.
            using var language = BotLanguage.Use(await languages.ForAsync(receiver.AadObjectId, cancellationToken).ConfigureAwait(false));
            var text = LetterTexts.NewTask(view.Kind, view.Code);
            var activity = CardMessage.Of(text, await cards.RenderAsync(view, null, null, cancellationToken).ConfigureAwait(false));
            try
            {
                result = await messenger.SendToUserAsync(receiver.AadObjectId, activity, NewKey(task.Id), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LettersLog.NoticeFailed(logger, exception);
                result = ProactiveSendResult.NotQueued("the messenger failed");
            }
        }

        if (!result.Queued)
        {
            LettersLog.NoticeNotQueued(logger, result.Reason ?? "");
        }

        await audit.RecordAsync(
            actor.AadObjectId,
            LetterAuditActions.Notice,
            LetterAuditActions.RecordType,
            task.Id.ToString(CultureInfo.InvariantCulture),
            result.Queued ? AuditOutcomes.Success : AuditOutcomes.Failed,
            result.Queued ? $"to={receiver!.AadObjectId} outbox={result.OutboxId}" : $"to={task.Receiver ?? "-"} {result.Reason}",
            cancellationToken).ConfigureAwait(false);
        return result.Queued;
    }
}
