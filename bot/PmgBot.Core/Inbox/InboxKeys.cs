using System.Security.Cryptography;
using System.Text;

namespace PmgBot.Core.Inbox;

/// <summary>Fixed-length keys from Teams ids (a conversation id alone may be hundreds of characters).</summary>
public static class InboxKeys
{
    /// <summary>The redelivery key of an activity: SHA-256 (hex) of <c>conversation id | activity id</c>.</summary>
    public static string Of(string conversationId, string activityId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(activityId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(conversationId + "|" + activityId)));
    }
}
