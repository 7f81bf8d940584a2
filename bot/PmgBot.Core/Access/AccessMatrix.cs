using PmgBot.Core.Directory;

namespace PmgBot.Core.Access;

/// <summary>
/// THE authorisation table: for each action, the roles that may perform it. A professional holding any one of
/// those roles may. An action without a row is refused to everyone.
/// </summary>
public static class AccessMatrix
{
    private const Roles Everyone = Roles.Melder | Roles.DeelnemerJpp | Roles.Casusregisseur | Roles.Voorzitter
        | Roles.Procesregisseur | Roles.Programmamanager | Roles.Beheerder;

    private static readonly Dictionary<BotAction, Roles> Table = new()
    {
        //  action                           roles that may
        [BotAction.ViewMenu] =              Everyone,
        [BotAction.ViewOwnDetails] =        Everyone,
        [BotAction.ViewPrivacy] =           Everyone,
        [BotAction.ViewNetworkOverview] =   Roles.Programmamanager | Roles.Beheerder,
        [BotAction.SwitchDemoRole] =        Everyone,
    };

    /// <summary>The roles that may perform <paramref name="action"/>; <see cref="Roles.None"/> when nobody may.</summary>
    public static Roles RolesFor(BotAction action) => Table.GetValueOrDefault(action, Roles.None);

    public static bool Allows(Roles roles, BotAction action) => (roles & RolesFor(action)) != Roles.None;
}
