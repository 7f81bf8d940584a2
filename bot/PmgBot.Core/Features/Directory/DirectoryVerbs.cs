namespace PmgBot.Core.Features.Directory;

/// <summary>The card verbs of the directory flows: my details, network overview and the demo role switch.</summary>
public static class DirectoryVerbs
{
    /// <summary>Show "mijn gegevens" (menu). Data: <c>{}</c>.</summary>
    public const string MyDetails = "myDetails";

    /// <summary>Show the network overview (menu). Data: <c>{}</c>.</summary>
    public const string NetworkOverview = "networkOverview";

    /// <summary>Show the role-switch card (menu, Development only). Data: <c>{}</c>.</summary>
    public const string OpenRoleSwitch = "openRoleSwitch";

    /// <summary>Apply a demo role (role-switch card, Development only). Data: <c>{"role":"&lt;chosen value&gt;"}</c> (input id <c>role</c>).</summary>
    public const string SwitchRole = "switchRole";
}
