using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using PmgBot.Cards;
using PmgBot.Core.Audit;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Protocol;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Directory;

/// <summary>
/// Development only: the demo user switches role (<c>rol casusregisseur</c>, or the role-switch card), so every flow
/// can be tried from one chair. The route exists only in Development; outside it the command is not understood.
/// </summary>
public sealed class RoleSwitchFlow(ICardRenderer cards, PmgDbContext db, IAuditLog audit, IHostEnvironment environment, TimeProvider time)
{
    public async Task ShowAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var user = RequireDevelopmentUser(turn);
        var rest = turn.CommandText.Split(' ', 2);
        if (!turn.IsInvoke && rest.Length == 2 && rest[0] == "rol" && rest[1] != "wisselen")
        {
            await ApplyAsync(turn, user, rest[1], cancellationToken).ConfigureAwait(false);
            return;
        }

        var current = RoleNames.NamesOf(user.Roles).FirstOrDefault() ?? RoleNames.NameOf(Roles.Melder);
        var options = RoleNames.All.Select(r => new RoleOptionData(RoleNames.NameOf(r), RoleNames.NameOf(r))).ToList();
        await turn.ShowCardAsync(cards.Render(CardTemplateNames.RoleSwitch, new RoleSwitchCardData(current, options)), cancellationToken).ConfigureAwait(false);
    }

    public Task SwitchAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var user = RequireDevelopmentUser(turn);
        return ApplyAsync(turn, user, CardSubmitData.Read<RoleSwitchData>(turn.ActionData).Role, cancellationToken);
    }

    private async Task ApplyAsync(TurnContext turn, ProfessionalProfile user, string? roleText, CancellationToken cancellationToken)
    {
        if (!RoleNames.TryParse(roleText, out var role))
        {
            await turn.ShowTextAsync(DirectoryTexts.UnknownRole(RoleNames.AllNames), cancellationToken).ConfigureAwait(false);
            return;
        }

        var professional = await db.Professionals.SingleAsync(p => p.AadObjectId == user.AadObjectId, cancellationToken).ConfigureAwait(false);
        professional.Roles = role;
        professional.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(user.AadObjectId, "demo.switch-role", "professional", user.AadObjectId, "ok", RoleNames.NameOf(role), cancellationToken).ConfigureAwait(false);

        await turn.ShowTextAsync(DirectoryTexts.RoleSwitched(RoleNames.NameOf(role)), cancellationToken)
            .ConfigureAwait(false);
    }

    private ProfessionalProfile RequireDevelopmentUser(TurnContext turn) =>
        environment.IsDevelopment()
            ? turn.User ?? throw new InvalidOperationException("Needs a registered user.")
            : throw new InvalidOperationException("Role switching exists only in Development.");
}
