using PmgBot.Core.Access;
using PmgBot.Core.Directory;
using PmgBot.Core.Protocol;
using PmgBot.Core.Register;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>
/// The casusregisseur's letter tasks (card <c>letter-task</c>), in personal chat: <c>brieven</c> (the open ones, codes
/// only), <c>notificatiebrief PMG-J-0017</c>, <c>complimentbrief PMG-J-0017</c> (asks for one when none is open), and the
/// card's verbs: a download link to the draft for the chosen addressee, "verstuurd op" and "niet verstuurd" (a reason is
/// required), and the card's Universal Actions refresh (<see cref="LetterVerbs.Open"/>: the current state). The service
/// checks on the server that the user is the youth's casusregisseur; anyone else gets the "not found" answer. After
/// "verstuurd" or "niet verstuurd" the card in the chat is replaced with the current one (<see cref="LetterTaskCardUpdater"/>).
/// </summary>
public sealed class LetterFlow(LetterTaskService tasks, LetterTaskCards cards, LetterTaskCardUpdater updater, IAccessService access)
{
    public static readonly IReadOnlyList<string> ListCommands = ["brieven", "mijn brieven"];

    public static readonly IReadOnlyList<string> NotificationCommands = ["notificatiebrief", "brief"];

    public static readonly IReadOnlyList<string> ComplimentCommands = ["complimentbrief"];

    public async Task ListAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(turn, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return;
        }

        var rows = await tasks.ListOpenAsync(user, cancellationToken).ConfigureAwait(false);
        await turn.ShowTextAsync(LetterTexts.OpenTasks(rows), cancellationToken).ConfigureAwait(false);
    }

    public async Task OpenNotificationCommandAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(turn, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return;
        }

        if (CodeFrom(turn.CommandText, NotificationCommands) is not { } code)
        {
            await turn.ShowTextAsync(LetterTexts.AskCode, cancellationToken).ConfigureAwait(false);
            return;
        }

        var view = await tasks.FindAsync(user, code, LetterKind.Notificatiebrief, cancellationToken).ConfigureAwait(false);
        await ShowAsync(turn, view, null, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task ComplimentCommandAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(turn, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return;
        }

        if (CodeFrom(turn.CommandText, ComplimentCommands) is not { } code)
        {
            await turn.ShowTextAsync(LetterTexts.AskCode, cancellationToken).ConfigureAwait(false);
            return;
        }

        await ComplimentAsync(turn, user, code, cancellationToken).ConfigureAwait(false);
    }

    public async Task ComplimentVerbAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(turn, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return;
        }

        await ComplimentAsync(turn, user, CardSubmitData.Read<LetterTaskSubmitData>(turn.ActionData).Code, cancellationToken).ConfigureAwait(false);
    }

    public async Task DraftAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(turn, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return;
        }

        var data = CardSubmitData.Read<LetterTaskSubmitData>(turn.ActionData);
        var result = await tasks.CreateLinkAsync(user, data.TaskId ?? 0, data.Addressee, cancellationToken).ConfigureAwait(false);
        await AnswerAsync(turn, user, data, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The task's card for its casusregisseur (Teams' refresh when they look at it, or a click); anyone else "kan ik niet vinden".</summary>
    public async Task OpenAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(turn, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return;
        }

        var data = CardSubmitData.Read<LetterTaskSubmitData>(turn.ActionData);
        var view = data.TaskId is { } id ? await tasks.GetAsync(user, id, cancellationToken).ConfigureAwait(false) : null;
        if (view is null)
        {
            await turn.ShowTextAsync(LetterTexts.NotFound, cancellationToken).ConfigureAwait(false);
            return;
        }

        await ShowAsync(turn, view, null, null, cancellationToken).ConfigureAwait(false);
    }

    public Task SentAsync(TurnContext turn, CancellationToken cancellationToken) => RecordAsync(turn, sent: true, cancellationToken);

    public Task NotSentAsync(TurnContext turn, CancellationToken cancellationToken) => RecordAsync(turn, sent: false, cancellationToken);

    /// <summary>The youth code after one of <paramref name="commands"/> ("complimentbrief pmg-j-0017"), or null.</summary>
    public static string? CodeFrom(string commandText, IReadOnlyList<string> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var text = CommandText.Normalise(commandText);
        foreach (var command in commands.OrderByDescending(c => c.Length))
        {
            if (text.StartsWith(command + " ", StringComparison.Ordinal))
            {
                return YouthCodes.Normalise(text[(command.Length + 1)..]);
            }
        }

        return null;
    }

    private async Task RecordAsync(TurnContext turn, bool sent, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(turn, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return;
        }

        var data = CardSubmitData.Read<LetterTaskSubmitData>(turn.ActionData);
        var result = await tasks.RecordAsync(user, data.TaskId ?? 0, data.Version ?? -1, sent, data.Addressee, data.SentOn, data.NotSentReason, cancellationToken)
            .ConfigureAwait(false);
        if (result is { Succeeded: true, TaskId: { } changed })
        {
            await updater.UpdateAsync(changed, cancellationToken).ConfigureAwait(false);
        }

        await AnswerAsync(turn, user, data, result, cancellationToken).ConfigureAwait(false);
    }

    private async Task ComplimentAsync(TurnContext turn, ProfessionalProfile user, string? code, CancellationToken cancellationToken)
    {
        var result = await tasks.RequestComplimentAsync(user, code, cancellationToken).ConfigureAwait(false);
        if (result.TaskId is not { } id)
        {
            await NotAllowed.ShowYouthNotFoundAsync(turn, cancellationToken).ConfigureAwait(false);
            return;
        }

        var view = await tasks.GetAsync(user, id, cancellationToken).ConfigureAwait(false);
        await ShowAsync(turn, view, null, result, cancellationToken).ConfigureAwait(false);
    }

    private async Task AnswerAsync(TurnContext turn, ProfessionalProfile user, LetterTaskSubmitData data, LetterTaskResult result, CancellationToken cancellationToken)
    {
        if (result.Outcome == LetterTaskOutcome.NotFound)
        {
            await turn.ShowTextAsync(LetterTexts.NotFound, cancellationToken).ConfigureAwait(false);
            return;
        }

        var view = data.TaskId is { } id ? await tasks.GetAsync(user, id, cancellationToken).ConfigureAwait(false) : null;
        // A refusal keeps what the user typed; after a change the card shows what is stored.
        var keep = result.Outcome == LetterTaskOutcome.Invalid || result.DownloadUrl is not null ? data : null;
        await ShowAsync(turn, view, keep, result, cancellationToken).ConfigureAwait(false);
    }

    private async Task ShowAsync(TurnContext turn, LetterTaskView? view, LetterTaskSubmitData? input, LetterTaskResult? result, CancellationToken cancellationToken)
    {
        if (view is null)
        {
            await NotAllowed.ShowYouthNotFoundAsync(turn, cancellationToken).ConfigureAwait(false);
            return;
        }

        await turn.ShowCardAsync(await cards.RenderAsync(view, input, result, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    private Task<ProfessionalProfile?> AllowedAsync(TurnContext turn, CancellationToken cancellationToken) =>
        NotAllowed.AllowedUserAsync(access, turn, BotAction.WriteLetter, YouthRelation.Casusregisseur, null, cancellationToken);
}
