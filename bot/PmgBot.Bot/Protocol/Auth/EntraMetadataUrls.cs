namespace PmgBot.Bot.Protocol.Auth;

/// <summary>Which Entra metadata URL validates a token of a given issuer tenant.</summary>
internal static class EntraMetadataUrls
{
    /// <summary>
    /// Tokens from the bot's own tenant (single-tenant bots) use the tenant-specific metadata: the configured URL with
    /// its <c>common</c> path segment replaced by the tenant id. All other Entra tokens use the configured URL.
    /// </summary>
    public static string For(BotAuthOptions options, string issuerTenant)
    {
        if (string.IsNullOrEmpty(options.AppTenantId)
            || !string.Equals(issuerTenant, options.AppTenantId, StringComparison.OrdinalIgnoreCase))
        {
            return options.EntraOpenIdMetadataUrl;
        }

        var builder = new UriBuilder(options.EntraOpenIdMetadataUrl);
        var segments = builder.Path.Split('/');
        var index = Array.FindIndex(segments, s => string.Equals(s, "common", StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            return options.EntraOpenIdMetadataUrl;
        }

        segments[index] = issuerTenant.ToLowerInvariant();
        builder.Path = string.Join('/', segments);
        return builder.Uri.AbsoluteUri;
    }
}
