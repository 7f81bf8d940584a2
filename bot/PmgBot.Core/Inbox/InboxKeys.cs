using System.Security.Cryptography;
using System.Text;

namespace PmgBot.Core.Inbox;

/// <summary>Fixed-length keys from Teams ids (a conversation id alone may be hundreds of characters).</summary>
public static class InboxKeys
{
    /// <summary>Milliseconds a 12-digit hex prefix can hold (year 10889).</summary>
    private const long LargestPrefix = 0xFFFF_FFFF_FFFFL;

    /// <summary>SHA-256 (hex) of the conversation id and the activity id: the reply keys of a turn in the outbox.</summary>
    public static string Of(string conversationId, string activityId) => Convert.ToHexStringLower(Hash(conversationId, activityId));

    /// <summary>
    /// The redelivery key of an activity in the inbox: its <c>timestamp</c> (Unix milliseconds, 12 hex digits; zeros
    /// when it has none) followed by 48 hex digits of the SHA-256 of the conversation id and the activity id. Teams sends
    /// a redelivery with the same body, so the same key. The prefix is for the unique index: keys of new turns sort at
    /// its end, so a batch writes one or two index pages instead of one random page per turn (and the checkpoint copies
    /// as few); a timestamp that is missing or made up only puts its key elsewhere in the index.
    /// </summary>
    public static string Turn(DateTimeOffset? timestamp, string conversationId, string activityId)
    {
        var milliseconds = Math.Clamp(timestamp?.ToUnixTimeMilliseconds() ?? 0, 0, LargestPrefix);
        var hash = Hash(conversationId, activityId);
        return string.Create(60, (milliseconds, hash), static (span, state) =>
        {
            state.milliseconds.TryFormat(span[..12], out _, "x12", System.Globalization.CultureInfo.InvariantCulture);
            Convert.TryToHexStringLower(state.hash.AsSpan(0, 24), span[12..], out _);
        });
    }

    private static byte[] Hash(string conversationId, string activityId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(activityId);
        // The conversation id's length first: "a|b" + "c" and "a" + "b|c" are different activities.
        return SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{conversationId.Length}:{conversationId}|{activityId}")));
    }
}
