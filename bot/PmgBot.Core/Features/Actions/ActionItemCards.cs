using System.Text.Json.Nodes;
using PmgBot.Cards;
using PmgBot.Cards.Data;
using PmgBot.Core.Conversations;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Actions;

/// <summary>Renders the action item cards: one item for one viewer (with the Teams ids to refresh it for), and the two lists.</summary>
public sealed class ActionItemCards(ICardRenderer cards, IConversationReferenceStore references)
{
    /// <summary>Teams refreshes a card for at most 60 users.</summary>
    public const int MaxRefreshUsers = 60;

    public async Task<JsonObject> RenderAsync(ActionItemView view, ActionItemSubmitData? input, ActionItemResult? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        var found = await references.FindPersonalAsync(view.AudienceIds, cancellationToken).ConfigureAwait(false);
        var userIds = view.AudienceIds.Select(id => found.TryGetValue(id, out var reference) ? reference.UserId : null)
            .OfType<string>().Where(id => id.Length > 0).Take(MaxRefreshUsers).ToList();
        return cards.Render(CardTemplateNames.ActionItem, Build(view, userIds, input, result));
    }

    public JsonObject RenderMine(IReadOnlyList<ActionItemRow> rows, DateOnly today) =>
        cards.Render(CardTemplateNames.MyActions, new MyActionsCardData([.. rows.Select(r => Row(r, today))], IActionItemService.MaxListed));

    public JsonObject RenderJpp(IReadOnlyList<JppActionItems> groups, DateOnly today) =>
        cards.Render(CardTemplateNames.JppActions, new JppActionsCardData([.. groups.Select(g => new JppActionsGroupData(
            g.JppName,
            g.LastMeetingUtc is { } at ? ShownDates.LongDate(at) : ActionItemTexts.NoMeetingYet,
            [.. g.Overdue.Select(r => Row(r, today))],
            [.. g.Open.Select(r => Row(r, today))],
            [.. g.Done.Select(r => Row(r, today))]))]));

    /// <summary>The card data for one viewer: the stored state, the user's input kept after a refusal, the last result as a notice.</summary>
    public static ActionItemCardData Build(ActionItemView view, IReadOnlyList<string> refreshUserIds, ActionItemSubmitData? input, ActionItemResult? result)
    {
        ArgumentNullException.ThrowIfNull(view);
        var errors = result?.Errors ?? [];
        DecisionInputData Input(string field, string? kept) => new(
            kept ?? "",
            errors.Where(e => e.Field == field).Select(e => e.Message).FirstOrDefault());
        return new ActionItemCardData(
            view.Id,
            view.Version,
            view.Code,
            view.JppName,
            view.What,
            view.OwnerGone ? view.OwnerName + " (niet meer actief)" : view.OwnerName,
            ActionItemTexts.Due(view.DueDate),
            ActionItemTexts.Status(view.State, view.Overdue, view.ChangedByName, view.ChangedAtUtc),
            ActionItemTexts.StatusColor(view.State, view.Overdue),
            view.CanChange,
            refreshUserIds,
            new ActionItemInputsData(
                Input(ActionItemFields.DoneNote, input?.DoneNote),
                Input(ActionItemFields.NewDueDate, input?.NewDueDate),
                Input(ActionItemFields.PostponeReason, input?.PostponeReason),
                Input(ActionItemFields.NotPossibleReason, input?.NotPossibleReason),
                Input(ActionItemFields.NewOwner, input?.NewOwner)),
            view.Youth?.Name,
            view.Youth is { } youth ? ShownDates.Date(youth.DateOfBirth) : null,
            view.Youth is { } y ? DecisionValues.TitleOf(y.Level) : null,
            view.StateNote,
            result?.Message,
            result is null ? null : result.Outcome switch
            {
                ActionItemOutcome.Done => "good",
                ActionItemOutcome.Stale => "warning",
                _ => "attention",
            },
            view.YouthOnOpen,
            view.NewOwners is not null,
            view.NewOwners is { } owners ? [.. owners.Select(o => new ChoiceData(o.DisplayName + " (" + o.OrganisationName + ")", o.AadObjectId))] : []);
    }

    private static ActionItemRowData Row(ActionItemRow row, DateOnly today)
    {
        var overdue = (row.State is ActionItemState.Open or ActionItemState.Verzet) && row.DueDate < today;
        return new ActionItemRowData(row.Id, row.Code, row.What, ActionItemTexts.Due(row.DueDate),
            row.OwnerName + " · " + ActionItemTexts.Status(row.State, overdue, null, null), overdue);
    }
}
