using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PmgBot.Core.Inbox;

/// <summary>Fixed-length keys from Teams ids (a conversation id alone may be hundreds of characters).</summary>
public static class InboxKeys
{
    /// <summary>
    /// The redelivery key of an activity: SHA-256 (hex) of the conversation id and the activity id, the conversation
    /// id's length first so that "a|b" + "c" and "a" + "b|c" are different activities.
    /// </summary>
    public static string Of(string conversationId, string activityId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(activityId);
        var text = string.Create(CultureInfo.InvariantCulture, $"{conversationId.Length}:{conversationId}|{activityId}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
