
namespace PmgBot.Core.Protocol;

/// <summary>
/// Removes the bot's own @mention from a message, the way BotBuilder's RemoveMentionText does (protocol.md §1.4):
/// for each mention entity whose <c>mentioned.id</c> is the bot (recipient), delete its <c>text</c>
/// (or <c>&lt;at&gt;name&lt;/at&gt;</c>) from the message text, case-insensitively, then trim. Entities are untrusted:
/// one of another shape, or with values that are not readable text (<see cref="UntrustedJson"/>), is skipped.
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
            if (!string.Equals(entity.TextOf("type"), "mention", StringComparison.OrdinalIgnoreCase)
                || !entity.TryGetMember("mentioned", out var mentioned)
                || !string.Equals(mentioned.TextOf("id"), botId, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var mentionText = entity.TextOf("text");
            if (string.IsNullOrEmpty(mentionText) && mentioned.TextOf("name") is { } name)
            {
                mentionText = $"<at>{name}</at>";
            }

            if (!string.IsNullOrEmpty(mentionText))
            {
                text = text.Replace(mentionText, "", StringComparison.OrdinalIgnoreCase);
            }
        }

        return text.Trim();
    }
}
