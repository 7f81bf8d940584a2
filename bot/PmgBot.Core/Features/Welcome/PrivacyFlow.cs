using Microsoft.Extensions.Options;
using PmgBot.Cards;
using PmgBot.Cards.Localization;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Welcome;

/// <summary>"Privacy": what is stored, why, how long, who sees what, and where to go with AVG requests.</summary>
public sealed class PrivacyFlow(ICardRenderer cards, IOptions<PrivacyOptions> options)
{
    public Task ShowAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var o = options.Value;
        var data = BotLanguage.IsEnglish
            ? new PrivacyCardData(o.ContactPointEnglish, o.CaseRetentionEnglish, o.AuditRetentionEnglish)
            : new PrivacyCardData(o.ContactPoint, o.CaseRetention, o.AuditRetention);
        return turn.ShowCardAsync(cards.Render(CardTemplateNames.Privacy, data), cancellationToken);
    }
}
