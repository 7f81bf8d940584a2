using PmgBot.Core.Access;

namespace PmgBot.Core.Features.Welcome;

/// <summary>One entry of the menu: shown when the user's roles allow <paramref name="Action"/>.</summary>
public sealed record MenuItem(BotAction Action, string Title, string Verb, string Description, bool DevelopmentOnly = false);
