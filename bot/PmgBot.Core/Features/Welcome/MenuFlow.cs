using Microsoft.Extensions.Hosting;
using PmgBot.Cards;
using PmgBot.Cards.Localization;
using PmgBot.Core.Access;
using PmgBot.Core.Directory;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Welcome;

/// <summary><c>help</c> / <c>menu</c>: a card with exactly the actions the user's roles allow (decided on the server).</summary>
public sealed class MenuFlow(ICardRenderer cards, IAccessService access, IHostEnvironment environment, MenuCardCache cache)
{
    public async Task ShowAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await turn.ShowCardAsync(Render(turn), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"Bedoel je …?": the sentence above the choices.</summary>
    public static string ChoicesText => WelcomeTexts.Choices;

    /// <summary>For unrecognised text: a friendly sentence, then the menu.</summary>
    public async Task NotUnderstoodAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await turn.SendTextAsync(WelcomeTexts.NotUnderstood, cancellationToken).ConfigureAwait(false);
        await ShowAsync(turn, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"Bedoel je …?": the menu with only the entries of <paramref name="verbs"/> the user may use, in that order.</summary>
    public async Task ShowChoicesAsync(TurnContext turn, IReadOnlyList<string> verbs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(verbs);
        var user = turn.User ?? throw new InvalidOperationException("The menu needs a registered user.");
        var actions = verbs
            .Select(verb => MenuCatalog.Items.FirstOrDefault(item => item.Verb == verb))
            .OfType<MenuItem>()
            .Where(item => access.Allows(user.Roles, item.Action))
            .Select(ActionOf)
            .ToList();
        if (actions.Count == 0)
        {
            await NotUnderstoodAsync(turn, cancellationToken).ConfigureAwait(false);
            return;
        }

        await turn.SendTextAsync(ChoicesText, cancellationToken).ConfigureAwait(false);
        await turn.ShowCardAsync(cards.Render(CardTemplateNames.Menu, new MenuCardData(user.OrganisationName, RoleNames.DisplayNamesOf(user.Roles), actions, null)), cancellationToken)
            .ConfigureAwait(false);
    }

    private static MenuActionData ActionOf(MenuItem item) => new(item.Title, item.Verb, item.Description, new Dictionary<string, string>());

    private System.Text.Json.Nodes.JsonObject Render(TurnContext turn)
    {
        var user = turn.User ?? throw new InvalidOperationException("The menu needs a registered user.");
        return cache.GetOrRender(user.OrganisationName, user.Roles, BotLanguage.Current, () => Render(user));
    }

    private System.Text.Json.Nodes.JsonObject Render(ProfessionalProfile user)
    {
        var actions = MenuCatalog.Items
            .Where(item => access.Allows(user.Roles, item.Action) && (!item.DevelopmentOnly || environment.IsDevelopment()))
            .Select(ActionOf)
            .ToList();
        var devSwitch = environment.IsDevelopment()
            ? new DevRoleSwitchData(string.Join(", ", RoleNames.DisplayNamesOf(user.Roles)), RoleNames.All.Select(r => RoleNames.DisplayNamesOf(r)[0]).ToList())
            : null;
        return cards.Render(CardTemplateNames.Menu, new MenuCardData(user.OrganisationName, RoleNames.DisplayNamesOf(user.Roles), actions, devSwitch));
    }
}
