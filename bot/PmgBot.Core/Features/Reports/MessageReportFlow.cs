using Microsoft.Extensions.Logging;
using PmgBot.Cards.Localization;
using PmgBot.Core.Access;
using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Reports;

/// <summary>
/// "Melden bij PmgBot" (manifest message action <see cref="CommandId"/>), on a message in any chat: the report card in a
/// dialog only the user sees, with the message's text as the (editable) description; submitted, it is stored like any
/// report (<see cref="ReportFlow.AnswerSubmitAsync"/>, once per card id) and confirmed in the reporter's personal chat.
/// Nothing about the report goes into the chat the message came from: the dialog is the invoke response, the
/// confirmation goes through the outbox to the personal conversation.
/// </summary>
public sealed class MessageReportFlow(ReportFlow reports, IAccessService access, IProactiveMessenger messenger, ILogger<MessageReportFlow> logger)
{
    public const string CommandId = "reportFromMessage";

    public static string DialogTitle => ReportTexts.DialogTitle;

    /// <summary>composeExtension/fetchTask: the report card, prefilled with the message's text.</summary>
    public async Task FetchAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.DialogTitle = DialogTitle;
        if (await NotAllowed.AllowedUserAsync(access, turn, BotAction.SubmitReport, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return;
        }

        MessageReportLog.DialogOpened(logger, turn.Activity.Conversation?.ConversationType ?? "");
        var description = MessageActionText.Of(turn.Activity.Value, ReportValidator.MaxDescription);
        var card = await reports.NewFormAsync(user, ReportForm.Fresh with { Description = description }, cancellationToken).ConfigureAwait(false);
        turn.RespondWithCard(DialogCard.WithSubmitActions(card));
    }

    /// <summary>composeExtension/submitAction: the dialog again with messages, or stored and confirmed in the personal chat.</summary>
    public async Task SubmitAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var user = turn.User ?? throw new InvalidOperationException("Needs a registered user.");
        turn.DialogTitle = DialogTitle;
        var answer = await reports.AnswerSubmitAsync(user, turn.ActionData, cancellationToken).ConfigureAwait(false);
        switch (answer.Kind)
        {
            case ReportSubmitAnswerKind.Form:
                turn.RespondWithCard(DialogCard.WithSubmitActions(answer.Card!));
                break;
            case ReportSubmitAnswerKind.Confirmation:
                await ConfirmAsync(turn, user.AadObjectId, answer, cancellationToken).ConfigureAwait(false);
                break;
            case ReportSubmitAnswerKind.NotAllowed:
            default:
                await NotAllowed.ShowAsync(turn, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>
    /// The confirmation card to the personal chat, once per report (the outbox key: a redelivered or repeated submit of the
    /// same card queues nothing new), and the dialog closes. When it cannot be queued the dialog itself says the reference.
    /// </summary>
    private async Task ConfirmAsync(TurnContext turn, string reporter, ReportSubmitAnswer answer, CancellationToken cancellationToken)
    {
        var reference = answer.Reference!;
        var confirmation = new Activity
        {
            Type = ActivityTypes.Message,
            Summary = ReportTexts.ConfirmationSummary(reference),
            Attachments = [Attachment.AdaptiveCard(answer.Card!)],
            Locale = BotLanguage.Locale,
        };
        var sent = await messenger.SendToUserAsync(reporter, confirmation, ConfirmationKey(reference), cancellationToken).ConfigureAwait(false);
        if (sent.Queued)
        {
            turn.CloseDialog();
            return;
        }

        MessageReportLog.ConfirmationNotQueued(logger, reference, sent.Reason ?? "");
        turn.RespondWithMessage(ReportTexts.ReceivedInDialog(reference));
    }

    public static string ConfirmationKey(string reference) => "report-confirmation:" + reference;
}
