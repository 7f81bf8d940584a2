using System.Text.Json;
using PmgBot.Core.Protocol;

namespace PmgBot.Bot.Protocol;

/// <summary>
/// Removes the bot's own @mention from a message, the way BotBuilder's RemoveMentionText does (protocol.md §1.4):
/// for each mention entity whose <c>mentioned.id</c> is the bot (recipient), delete its <c>text</c>
/// (or <c>&lt;at&gt;name&lt;/at&gt;</c>) from the message text, case-insensitively, then trim.
/// </summary>
public static class MentionText
{
    public static string StripBotMention(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? "";
        var botId = activity.Recipient?.Id;
        if (activity.Entities is null || string.IsNullOrEmpty(botId))
        {
            return text.Trim();
        }

        foreach (var entity in activity.Entities)
        {
            if (entity.ValueKind != JsonValueKind.Object
                || !entity.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
                || !string.Equals(type.GetString(), "mention", StringComparison.OrdinalIgnoreCase)
                || !entity.TryGetProperty("mentioned", out var mentioned) || mentioned.ValueKind != JsonValueKind.Object
                || !mentioned.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
                || !string.Equals(id.GetString(), botId, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var mentionText = entity.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            if (string.IsNullOrEmpty(mentionText)
                && mentioned.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
            {
                mentionText = $"<at>{name.GetString()}</at>";
            }

            if (!string.IsNullOrEmpty(mentionText))
            {
                text = text.Replace(mentionText, "", StringComparison.OrdinalIgnoreCase);
            }
        }

        return text.Trim();
    }
}
