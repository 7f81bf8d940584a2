using PmgBot.Cards;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Directory;
using PmgBot.Core.Time;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Directory;

/// <summary>"Netwerkoverzicht" for beheerder and programmamanager: counts per organisation and JPP, no names.</summary>
public sealed class NetworkOverviewFlow(ICardRenderer cards, IAccessService access, IProfessionalDirectory directory, IAuditLog audit, TimeProvider time)
{

    public async Task ShowAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var user = await NotAllowed.AllowedUserAsync(
            access,
            turn,
            BotAction.ViewNetworkOverview,
            refused => audit.RecordAsync(refused.AadObjectId, "directory.overview", null, null, "denied", null, cancellationToken),
            cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            return;
        }

        var overview = await directory.GetOverviewAsync(cancellationToken).ConfigureAwait(false);
        var generatedAt = AmsterdamTime.ShortDateTime(time.GetUtcNow().UtcDateTime);
        var data = new NetworkOverviewCardData(
            overview.ActiveProfessionals,
            overview.PerOrganisation.Select(o => new CountRowData(o.OrganisationName, o.ActiveProfessionals)).ToList(),
            overview.PerJpp.Select(j => new CountRowData(j.JppName, j.ActiveMembers)).ToList(),
            generatedAt);
        await audit.RecordAsync(user.AadObjectId, "directory.overview", null, null, "ok", null, cancellationToken).ConfigureAwait(false);
        await turn.ShowCardAsync(cards.Render(CardTemplateNames.NetworkOverview, data), cancellationToken).ConfigureAwait(false);
    }
}
