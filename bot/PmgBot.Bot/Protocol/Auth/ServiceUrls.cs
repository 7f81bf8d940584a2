namespace PmgBot.Bot.Protocol.Auth;

/// <summary>Comparison of a token's <c>serviceurl</c> claim with <c>activity.serviceUrl</c>.</summary>
internal static class ServiceUrls
{
    /// <summary>Ordinal ignore-case equality (as BotBuilder), where one trailing <c>/</c> difference is ignored.</summary>
    public static bool AreEqual(string? claimed, string? activityServiceUrl)
    {
        if (string.IsNullOrEmpty(claimed) || string.IsNullOrEmpty(activityServiceUrl))
        {
            return false;
        }

        return string.Equals(TrimOneSlash(claimed), TrimOneSlash(activityServiceUrl), StringComparison.OrdinalIgnoreCase);
    }

    private static string TrimOneSlash(string value) => value.EndsWith('/') ? value[..^1] : value;
}
