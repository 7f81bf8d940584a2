using PmgBot.Cards;
using PmgBot.Cards.Data;
using PmgBot.Cards.Localization;
using PmgBot.Core.Protocol;

namespace PmgBot.Core.Features.Screening;

/// <summary>
/// Proactive activities without case content: a case-notice card (code only) or a plain status text, in the current
/// language: the sender sets the recipient's (<see cref="PmgBot.Core.Conversations.RecipientLanguages"/>).
/// </summary>
public static class CaseNotices
{
    /// <summary>A case-notice card; <paramref name="text"/> is also the message text (notification preview) and must hold codes only.</summary>
    public static Activity Card(ICardRenderer cards, string title, string text, string buttonTitle, string verb, string code)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var card = cards.Render(CardTemplateNames.CaseNotice, new CaseNoticeCardData(title, text, buttonTitle, verb, code));
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            TextFormat = "plain",
            Attachments = [Attachment.AdaptiveCard(card)],
            Locale = BotLanguage.Locale,
        };
    }

    /// <summary>A plain text message (codes only).</summary>
    public static Activity Text(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = "plain",
        Locale = BotLanguage.Locale,
    };
}
