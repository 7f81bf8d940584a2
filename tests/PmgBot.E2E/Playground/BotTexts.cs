namespace PmgBot.E2E.Playground;

/// <summary>The bot's agreed Dutch texts that the end-to-end tests look for.</summary>
public static class BotTexts
{
    /// <summary>The welcome card: the only card on a fresh page that says "Welkom" and names PmgBot
    /// (agreed "Welkom bij PmgBot"; the card on main greets "Welkom, Alex!" and says "Ik ben PmgBot").</summary>
    public const string Welcome = "Welkom";

    public const string BotName = "PmgBot";
    public const string MenuTitle = "Wat kan ik voor je doen?";
    public const string MyDetails = "Mijn gegevens";
    public const string NotUnderstood = "Dat begrijp ik niet";
    public const string GroupChatAnswer = "In een groepsgesprek deel ik geen gegevens over jongeren";
}
