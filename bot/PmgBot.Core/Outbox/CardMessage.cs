using System.Text.Json.Nodes;
using PmgBot.Cards.Localization;
using PmgBot.Core.Protocol;

namespace PmgBot.Core.Outbox;

/// <summary>
/// A message with one card that the bot sends on its own (a notice, a reminder, a replaced card): the text is plain and
/// is what a notification or the chat list shows (case codes only), so it is also the summary unless one is given; in
/// the language in use (<see cref="BotLanguage"/>: the receiver's, set by the caller).
/// </summary>
public static class CardMessage
{
    public static Activity Of(string text, JsonObject card, string? summary = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentNullException.ThrowIfNull(card);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            TextFormat = "plain",
            Summary = summary ?? text,
            Attachments = [Attachment.AdaptiveCard(card)],
            Locale = BotLanguage.Locale,
        };
    }
}
