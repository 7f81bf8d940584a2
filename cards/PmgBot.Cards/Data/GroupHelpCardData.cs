namespace PmgBot.Cards.Data;

/// <summary>
/// Data for <c>group-help</c>. <paramref name="BotAppId"/> is the bot's Microsoft App ID (a GUID, without "28:");
/// the card links to <c>https://teams.microsoft.com/l/chat/0/0?users=28:{BotAppId}</c> (personal chat with the bot).
/// </summary>
public sealed record GroupHelpCardData(string BotAppId);
