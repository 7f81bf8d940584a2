using System.Globalization;
using System.Text.Json.Nodes;
using PmgBot.Cards;
using PmgBot.Cards.Data;
using PmgBot.Core.Conversations;
using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>
/// Renders the letter task card for its casusregisseur, in the current language: the stored state, the input kept after a
/// refusal, the last result, and the Teams id of the casusregisseur for the Universal Actions refresh (only they get the
/// card), so a copy in the chat shows the current state whenever they look at it.
/// </summary>
public sealed class LetterTaskCards(ICardRenderer cards, IConversationReferenceStore references)
{
    public async Task<JsonObject> RenderAsync(LetterTaskView view, LetterTaskSubmitData? input, LetterTaskResult? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        var reference = await references.FindPersonalAsync(view.CasusregisseurId, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<string> userIds = reference?.UserId is { Length: > 0 } userId ? [userId] : [];
        return cards.Render(CardTemplateNames.LetterTask, Build(view, userIds, input, result));
    }

    public static LetterTaskCardData Build(LetterTaskView view, IReadOnlyList<string> refreshUserIds, LetterTaskSubmitData? input, LetterTaskResult? result)
    {
        ArgumentNullException.ThrowIfNull(view);
        var errors = result?.Errors ?? [];
        LetterInputData Input(string field, string? kept) => new(kept ?? "", errors.Where(e => e.Field == field).Select(e => e.Message).FirstOrDefault());
        var addressee = input?.Addressee
            ?? (view.Addressee is { } stored ? LetterValues.Addressee(stored) : null)
            ?? (view.AllowedAddressees.Count == 1 ? LetterValues.Addressee(view.AllowedAddressees[0]) : null);
        return new LetterTaskCardData(
            view.Id,
            view.Version,
            view.Code,
            LetterTexts.Title(view.Kind, view.Code),
            view.JppName,
            view.YouthName,
            ShownDates.Date(view.YouthDateOfBirth),
            LetterTexts.Explanation(view.Kind),
            LetterTexts.Status(view),
            LetterTexts.StatusColor(view.State),
            view.IsOpen,
            !view.IsOpen,
            [.. view.AllowedAddressees.Select(a => new ChoiceData(LetterTexts.AddresseeTitle(a), LetterValues.Addressee(a)))],
            view.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            refreshUserIds,
            new LetterTaskInputsData(
                Input(LetterTaskFields.Addressee, addressee),
                Input(LetterTaskFields.SentOn, input?.SentOn ?? view.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                Input(LetterTaskFields.NotSentReason, input?.NotSentReason)),
            view.State == LetterTaskState.NietVerstuurd ? view.Reason : null,
            result?.DownloadUrl,
            result?.Message,
            result is null ? null : result.Outcome switch
            {
                LetterTaskOutcome.Done => "good",
                LetterTaskOutcome.Stale => "warning",
                _ => "attention",
            });
    }
}
