using PmgBot.Cards;

namespace PmgBot.Bot.Flows;

/// <summary>The card verbs the routes listen to.</summary>
public static class FlowVerbs
{
    public const string Menu = CardVerbs.Menu;
    public const string Privacy = CardVerbs.Privacy;
    public const string OpenRoleSwitch = CardVerbs.OpenRoleSwitch;
    public const string SwitchRole = CardVerbs.SwitchRole;
    public const string MyDetails = "myDetails";
    public const string NetworkOverview = "networkOverview";
}
