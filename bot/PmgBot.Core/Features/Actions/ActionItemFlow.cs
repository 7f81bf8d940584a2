using PmgBot.Core.Access;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Core.Features.Actions.Updates;
using PmgBot.Core.Protocol;
using PmgBot.Core.Time;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Actions;

/// <summary>
/// Action items after the meeting: the item card (<see cref="ActionVerbs.OpenItem"/>, also Teams' Universal Actions
/// refresh: each viewer gets their own view), ticking off, postponing and "niet mogelijk" (the owner or a chair; the
/// service checks on the server, a stale card changes nothing), handing an item to a new owner (a chair, when the owner
/// was deactivated), <c>mijn acties</c> and, for chairs, <c>acties</c>. After a change the item's cards in the chats are
/// replaced with the current ones (<see cref="ActionItemCardUpdater"/>).
/// </summary>
public sealed class ActionItemFlow(
    IActionItemService items, IAccessService access, ActionItemCards cards, ActionItemNotifier notifier, ActionItemCardUpdater updater, TimeProvider time)
{
    public static readonly IReadOnlyList<string> MineCommands = ["mijn acties", "mijn actiepunten"];

    public static readonly IReadOnlyList<string> JppCommands = ["acties", "actiepunten"];

    public async Task OpenAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await NotAllowed.AllowedUserAsync(access, turn, BotAction.ViewOwnActionItems, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return;
        }

        var data = CardSubmitData.Read<ActionItemSubmitData>(turn.ActionData);
        await ShowAsync(turn, user, data, null, null, cancellationToken).ConfigureAwait(false);
    }

    public Task CompleteAsync(TurnContext turn, CancellationToken cancellationToken) =>
        ChangeAsync(turn, ActionItemChangeKind.Complete, d => d.DoneNote, cancellationToken);

    public Task PostponeAsync(TurnContext turn, CancellationToken cancellationToken) =>
        ChangeAsync(turn, ActionItemChangeKind.Postpone, d => d.PostponeReason, cancellationToken);

    public Task NotPossibleAsync(TurnContext turn, CancellationToken cancellationToken) =>
        ChangeAsync(turn, ActionItemChangeKind.NotPossible, d => d.NotPossibleReason, cancellationToken);

    public async Task ReassignAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await NotAllowed.AllowedUserAsync(access, turn, BotAction.ViewOwnActionItems, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return;
        }

        var data = CardSubmitData.Read<ActionItemSubmitData>(turn.ActionData);
        var result = await items.ReassignAsync(user, new ActionItemReassignInput(data.ItemId ?? 0, data.Version ?? -1, data.NewOwner), cancellationToken)
            .ConfigureAwait(false);
        if (result.Outcome == ActionItemOutcome.NotFound)
        {
            await turn.ShowTextAsync(ActionItemMessages.NotFound, cancellationToken).ConfigureAwait(false);
            return;
        }

        await ShowAsync(turn, user, data, result, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task MineAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await NotAllowed.AllowedUserAsync(access, turn, BotAction.ViewOwnActionItems, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return;
        }

        var rows = await items.ListOwnAsync(user, cancellationToken).ConfigureAwait(false);
        await turn.ShowCardAsync(cards.RenderMine(rows, AmsterdamTime.Today(time)), cancellationToken).ConfigureAwait(false);
    }

    public async Task JppAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await NotAllowed.AllowedUserAsync(access, turn, BotAction.ViewJppActionItems, YouthRelation.HomeJpp, null, cancellationToken).ConfigureAwait(false)
            is not { } user)
        {
            return;
        }

        var groups = await items.ListJppAsync(user, cancellationToken).ConfigureAwait(false);
        await turn.ShowCardAsync(cards.RenderJpp(groups, AmsterdamTime.Today(time)), cancellationToken).ConfigureAwait(false);
    }

    private async Task ChangeAsync(TurnContext turn, ActionItemChangeKind kind, Func<ActionItemSubmitData, string?> note, CancellationToken cancellationToken)
    {
        if (await NotAllowed.AllowedUserAsync(access, turn, BotAction.ViewOwnActionItems, cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return;
        }

        var data = CardSubmitData.Read<ActionItemSubmitData>(turn.ActionData);
        var result = await items.ChangeAsync(user, new ActionItemChangeInput(data.ItemId ?? 0, data.Version ?? -1, kind, note(data), data.NewDueDate), cancellationToken)
            .ConfigureAwait(false);
        if (result.Outcome == ActionItemOutcome.NotFound)
        {
            await turn.ShowTextAsync(ActionItemMessages.NotFound, cancellationToken).ConfigureAwait(false);
            return;
        }

        await ShowAsync(turn, user, data, result, kind, cancellationToken).ConfigureAwait(false);
    }

    private async Task ShowAsync(
        TurnContext turn, ProfessionalProfile user, ActionItemSubmitData data, ActionItemResult? result, ActionItemChangeKind? kind, CancellationToken cancellationToken)
    {
        var view = data.ItemId is { } id ? await items.GetAsync(user, id, cancellationToken).ConfigureAwait(false) : null;
        if (view is null)
        {
            await turn.ShowTextAsync(ActionItemMessages.NotFound, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (result is { Succeeded: true })
        {
            // First the cards already in the chats, then the new ones (which are current when they are queued).
            await updater.UpdateAsync(view.Id, cancellationToken).ConfigureAwait(false);
            if (kind == ActionItemChangeKind.NotPossible)
            {
                await notifier.TellChairsAsync(user, view, cancellationToken).ConfigureAwait(false);
            }
            else if (kind is null)
            {
                await notifier.SendReassignedAsync(user, view, cancellationToken).ConfigureAwait(false);
            }
        }

        var keep = result?.Outcome == ActionItemOutcome.Invalid ? data : null;
        await turn.ShowCardAsync(await cards.RenderAsync(view, keep, result, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }
}
