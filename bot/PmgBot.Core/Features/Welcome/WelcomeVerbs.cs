namespace PmgBot.Core.Features.Welcome;

/// <summary>The card verbs of welcome, menu and privacy (the templates use the same strings).</summary>
public static class WelcomeVerbs
{
    /// <summary>Show the menu card (welcome, my-details, privacy, network-overview, error). Data: <c>{}</c>.</summary>
    public const string Menu = "menu";

    /// <summary>Show the privacy card (welcome). Data: <c>{}</c>.</summary>
    public const string Privacy = "privacy";
}
