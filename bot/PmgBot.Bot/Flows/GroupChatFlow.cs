using Microsoft.Extensions.Options;
using PmgBot.Bot.Protocol.Auth;
using PmgBot.Cards;
using PmgBot.Cards.Data;
using PmgBot.Core.Turns;

namespace PmgBot.Bot.Flows;

/// <summary>
/// Everything the bot does in group chats and channels: general help and a link to continue in the personal chat.
/// It never reads the directory or any case data, whoever asks and whatever is asked.
/// </summary>
public sealed class GroupChatFlow(ICardRenderer cards, IOptions<BotAuthOptions> bot)
{
    public Task GeneralHelpAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var appId = !string.IsNullOrEmpty(bot.Value.AppId)
            ? bot.Value.AppId
            : turn.Activity.Recipient?.Id?.Replace("28:", "", StringComparison.Ordinal) ?? "";
        return turn.ShowCardAsync(cards.Render(CardTemplateNames.GroupHelp, new GroupHelpCardData(appId)), cancellationToken);
    }
}
