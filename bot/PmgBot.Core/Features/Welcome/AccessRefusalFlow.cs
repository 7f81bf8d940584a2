using Microsoft.Extensions.Options;
using PmgBot.Cards;
using PmgBot.Cards.Data;
using PmgBot.Cards.Localization;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Welcome;

/// <summary>The polite refusal for someone who is not (or no longer) registered: how to get access, nothing else.</summary>
public sealed class AccessRefusalFlow(ICardRenderer cards, IOptions<PrivacyOptions> privacy)
{
    public Task RefuseAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.ShowCardAsync(cards.Render(CardTemplateNames.NoAccess, new NoAccessCardData(BotLanguage.IsEnglish ? privacy.Value.AccessContactEnglish : privacy.Value.AccessContact)), cancellationToken);
    }
}
