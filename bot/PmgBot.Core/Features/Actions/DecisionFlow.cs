using PmgBot.Cards;
using PmgBot.Core.Access;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Core.Features.Actions.Letters;
using PmgBot.Core.Protocol;
using PmgBot.Core.Register;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Actions;

/// <summary>
/// The chair records the JPP's decision about a youth (card <c>decision</c>): <c>besluit PMG-J-0017</c> (the latest
/// meeting that has started with the youth on its agenda) or <see cref="ActionVerbs.OpenDecision"/> with a code and a
/// meeting. Only for a chair of the meeting's JPP (the service checks on the server); anyone else gets exactly
/// <see cref="NotAllowed.YouthNotFoundText"/>. Recording answers with the refreshed card: the stored decision and a
/// notice, or on a refusal the user's input with a message per field.
/// </summary>
public sealed class DecisionFlow(
    IDecisionService decisions, IAccessService access, ICardRenderer cards, ActionItemNotifier notifier, LetterTaskNotifier letters)
{
    public static readonly IReadOnlyList<string> Commands = ["besluit", "besluit vastleggen"];

    public static string AskCode => DecisionTexts.AskCode;

    public static string NoMeeting => DecisionTexts.NoMeeting;

    public async Task OpenCommandAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(turn, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return;
        }

        var code = CodeFrom(turn.CommandText);
        if (code is null)
        {
            await turn.ShowTextAsync(AskCode, cancellationToken).ConfigureAwait(false);
            return;
        }

        await ShowAsync(turn, user, code, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task OpenAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(turn, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return;
        }

        var data = CardSubmitData.ReadAsText<DecisionSubmitData>(turn.ActionData);
        await ShowAsync(turn, user, data.Code, data.MeetingId, cancellationToken).ConfigureAwait(false);
    }

    public async Task RecordAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(turn, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return;
        }

        var data = CardSubmitData.ReadAsText<DecisionSubmitData>(turn.ActionData);
        var result = await decisions.RecordAsync(user, data.ToInput(), cancellationToken).ConfigureAwait(false);
        var view = result.Outcome == DecisionOutcome.NotFound
            ? null
            : (await decisions.GetViewAsync(user, data.Code, data.MeetingId, cancellationToken).ConfigureAwait(false)).View;
        if (view is null)
        {
            await NotAllowed.ShowYouthNotFoundAsync(turn, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (result.Succeeded && result.ItemIds is { Count: > 0 } itemIds)
        {
            // Each owner gets their item in personal chat; the chair hears when someone could not be reached.
            var unsent = await notifier.SendNewAsync(user, itemIds, cancellationToken).ConfigureAwait(false);
            if (unsent > 0)
            {
                result = result with { Message = result.Message + " " + ActionItemTexts.NotAllOwnersReached(unsent) };
            }
        }

        // The first decision about a youth made the casusregisseur's notificatiebrief task: it goes to their personal chat.
        if (result.Succeeded && data.MeetingId is { } meetingId
            && !await letters.SendNewAsync(user, meetingId, data.Code, cancellationToken).ConfigureAwait(false))
        {
            result = result with { Message = result.Message + " " + LetterTexts.NotAllReached };
        }

        var keep = result.Succeeded ? null : data;
        await turn.ShowCardAsync(cards.Render(CardTemplateNames.Decision, DecisionCard.Build(view, keep, result)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The youth code after the command ("besluit pmg-j-0017"), or null.</summary>
    public static string? CodeFrom(string commandText)
    {
        var text = CommandText.Normalise(commandText);
        foreach (var command in Commands.OrderByDescending(c => c.Length))
        {
            if (text.StartsWith(command + " ", StringComparison.Ordinal))
            {
                return YouthCodes.Normalise(text[(command.Length + 1)..]);
            }
        }

        return null;
    }

    private async Task ShowAsync(TurnContext turn, ProfessionalProfile user, string? code, int? meetingId, CancellationToken cancellationToken)
    {
        var result = await decisions.GetViewAsync(user, code, meetingId, cancellationToken).ConfigureAwait(false);
        if (result.View is { } view)
        {
            await turn.ShowCardAsync(cards.Render(CardTemplateNames.Decision, DecisionCard.Build(view, null, null)), cancellationToken).ConfigureAwait(false);
        }
        else if (result.NoMeeting)
        {
            await turn.ShowTextAsync(NoMeeting, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await NotAllowed.ShowYouthNotFoundAsync(turn, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task<ProfessionalProfile?> AllowedAsync(TurnContext turn, CancellationToken cancellationToken) =>
        NotAllowed.AllowedUserAsync(access, turn, BotAction.RecordDecision, YouthRelation.HomeJpp, null, cancellationToken);
}
