namespace PmgBot.E2E.Playground;

/// <summary>The bot's agreed Dutch texts that the end-to-end tests look for.</summary>
public static class BotTexts
{
    /// <summary>The welcome card's heading: "Welkom bij PmgBot, &lt;first name&gt;!".</summary>
    public const string Welcome = "Welkom bij PmgBot";
    public const string MenuTitle = "Wat kan ik voor je doen?";
    public const string MyDetails = "Mijn gegevens";
    public const string NotUnderstood = "Dat begrijp ik niet";
    public const string GroupChatAnswer = "In een groepsgesprek deel ik geen gegevens over jongeren";
}
