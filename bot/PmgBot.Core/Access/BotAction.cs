namespace PmgBot.Core.Access;

/// <summary>Everything a user can ask the bot to do; <see cref="AccessMatrix"/> says which roles may.</summary>
public enum BotAction
{
    ViewMenu = 0,
    ViewOwnDetails = 1,
    ViewPrivacy = 2,
    ViewNetworkOverview = 3,

    /// <summary>Demo only: the caller also checks that the environment is Development.</summary>
    SwitchDemoRole = 4,
}
