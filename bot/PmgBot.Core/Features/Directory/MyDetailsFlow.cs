using PmgBot.Cards;
using PmgBot.Core.Audit;
using PmgBot.Core.Directory;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Directory;

/// <summary>"Mijn gegevens": the user's own directory entry (organisation, roles, JPPs, work contact details).</summary>
public sealed class MyDetailsFlow(ICardRenderer cards, IAuditLog audit)
{
    public async Task ShowAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var user = turn.User ?? throw new InvalidOperationException("Needs a registered user.");
        var data = new MyDetailsCardData(
            user.DisplayName,
            user.OrganisationName,
            RoleNames.DisplayNamesOf(user.Roles),
            user.Jpps.Select(j => new JppMembershipData(j.JppName, j.MunicipalityName)).ToList(),
            user.Email,
            user.Phone);
        await audit.RecordAsync(user.AadObjectId, "directory.view-own", "professional", user.AadObjectId, "ok", null, cancellationToken).ConfigureAwait(false);
        await turn.ShowCardAsync(cards.Render(CardTemplateNames.MyDetails, data), cancellationToken).ConfigureAwait(false);
    }
}
