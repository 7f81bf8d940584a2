using PmgBot.Cards;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Register;
using PmgBot.Core.Protocol;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Chair;

/// <summary>
/// The chair's actions on one youth (card <c>youth-chair</c>), opened from the youth card with
/// <see cref="ChairVerbs.OpenChairActions"/> <c>{"code"}</c>. Only for a chair of the youth's home JPP (the service
/// checks the matrix on the server); anyone else gets exactly <see cref="NotAllowed.YouthNotFoundText"/>. Each action answers with
/// the refreshed card: the stored state, a notice, and on a refusal the user's input with a message per field.
/// </summary>
public sealed class ChairFlow(IYouthRecordService records, ICardRenderer cards, CasusregisseurNotice notice)
{
    public async Task OpenAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var user = RequireUser(turn);
        var data = CardSubmitData.Read<ChairActionData>(turn.ActionData);
        var view = await records.GetChairViewAsync(user, data.Code, cancellationToken).ConfigureAwait(false);
        if (view is null)
        {
            await NotAllowed.ShowYouthNotFoundAsync(turn, cancellationToken).ConfigureAwait(false);
            return;
        }

        await turn.ShowCardAsync(cards.Render(CardTemplateNames.YouthChair, ChairCard.Build(view, null, null)), cancellationToken).ConfigureAwait(false);
    }

    public Task AssignCasusregisseurAsync(TurnContext turn, CancellationToken cancellationToken) =>
        ActAsync(
            turn,
            (user, data) => records.AssignCasusregisseurAsync(user, data.Code, data.Casusregisseur, data.CardVersion, cancellationToken),
            notifyCasusregisseur: true,
            cancellationToken);

    public Task SetLevelAsync(TurnContext turn, CancellationToken cancellationToken) =>
        ActAsync(
            turn,
            (user, data) => records.SetLevelAsync(
                user, data.Code, data.ChosenLevel, data.LevelReason, data.Procesregisseur, data.CardVersion, cancellationToken),
            notifyCasusregisseur: false,
            cancellationToken);

    public Task AddOrganisationAsync(TurnContext turn, CancellationToken cancellationToken) =>
        ActAsync(
            turn,
            (user, data) => records.AddInvolvedOrganisationAsync(user, data.Code, data.Organisation, data.CardVersion, cancellationToken),
            notifyCasusregisseur: false,
            cancellationToken);

    public Task ShareWithJppAsync(TurnContext turn, CancellationToken cancellationToken) =>
        ActAsync(
            turn,
            (user, data) => records.ShareWithJppAsync(
                user, data.Code, data.Jpp, data.ShareReason, data.CardVersion, cancellationToken),
            notifyCasusregisseur: false,
            cancellationToken);

    private async Task ActAsync(
        TurnContext turn,
        Func<ProfessionalProfile, ChairActionData, Task<YouthActionResult>> act,
        bool notifyCasusregisseur,
        CancellationToken cancellationToken)
    {
        var user = RequireUser(turn);
        var data = CardSubmitData.Read<ChairActionData>(turn.ActionData);
        var result = await act(user, data).ConfigureAwait(false);
        var view = result.Outcome == YouthActionOutcome.NotFound
            ? null
            : await records.GetChairViewAsync(user, data.Code, cancellationToken).ConfigureAwait(false);
        if (view is null)
        {
            await NotAllowed.ShowYouthNotFoundAsync(turn, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (result.Succeeded && notifyCasusregisseur && view.Casusregisseur is { } casusregisseur
            && !await notice.SendAsync(user.AadObjectId, view.Code, casusregisseur.AadObjectId, view.Version, cancellationToken).ConfigureAwait(false))
        {
            result = result with { Message = YouthRecordMessages.CasusregisseurAssignedNotNotified };
        }

        var keep = result.Succeeded ? null : data;
        await turn.ShowCardAsync(cards.Render(CardTemplateNames.YouthChair, ChairCard.Build(view, keep, result)), cancellationToken).ConfigureAwait(false);
    }

    private static ProfessionalProfile RequireUser(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.User ?? throw new InvalidOperationException("Needs a registered user.");
    }
}
