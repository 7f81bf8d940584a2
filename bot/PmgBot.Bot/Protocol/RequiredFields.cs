using PmgBot.Core.Protocol;

namespace PmgBot.Bot.Protocol;

/// <summary>
/// The fields every handled activity must carry, checked before it is stored or queued: <c>id</c>,
/// <c>conversation.id</c>, <c>serviceUrl</c> (absolute http or https, no query or fragment), <c>from.id</c> and <c>channelId</c>: not blank,
/// no control characters or broken UTF-16, within the stored lengths. The bot answers and keys redeliveries with them.
/// </summary>
public static class RequiredFields
{
    /// <summary>The first field that is missing or malformed, or null when all are fine.</summary>
    public static string? FirstProblem(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!IsWellFormed(activity.Id, 256))
        {
            return "id";
        }

        if (!IsWellFormed(activity.Conversation?.Id, 512))
        {
            return "conversation.id";
        }

        if (!IsServiceUrl(activity.ServiceUrl))
        {
            return "serviceUrl";
        }

        if (!IsWellFormed(activity.From?.Id, 256))
        {
            return "from.id";
        }

        return IsWellFormed(activity.ChannelId, 64) ? null : "channelId";
    }

    private static bool IsServiceUrl(string? value) =>
        IsWellFormed(value, 512)
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host)
        && string.IsNullOrEmpty(uri.Query)
        && string.IsNullOrEmpty(uri.Fragment);

    private static bool IsWellFormed(string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > maxLength)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c))
            {
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
