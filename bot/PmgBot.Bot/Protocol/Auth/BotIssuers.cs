namespace PmgBot.Bot.Protocol.Auth;

/// <summary>The accepted token issuers (protocol.md §2.1 and §2.2) and the tenant in an Entra issuer.</summary>
internal static class BotIssuers
{
    public const string BotFramework = "https://api.botframework.com";

    /// <summary>Azure Bot Service tenants (Agents SDK default list): v1 and v2 issuers of each.</summary>
    private static readonly string[] BotServiceTenants =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    private const string V1Prefix = "https://sts.windows.net/";
    private const string V2Prefix = "https://login.microsoftonline.com/";
    private const string V2Suffix = "/v2.0";

    public static string V1(string tenant) => V1Prefix + tenant + "/";

    public static string V2(string tenant) => V2Prefix + tenant + V2Suffix;

    /// <summary>The Entra issuers: the Bot Service tenants, plus the bot's own tenant when single-tenant.</summary>
    public static IReadOnlyList<string> Entra(string appTenantId)
    {
        var tenants = string.IsNullOrEmpty(appTenantId) ? BotServiceTenants : [.. BotServiceTenants, appTenantId.ToLowerInvariant()];
        return [.. tenants.Distinct(StringComparer.Ordinal).SelectMany(t => new[] { V1(t), V2(t) })];
    }

    /// <summary>The tenant GUID inside an accepted Entra issuer, or null.</summary>
    public static string? TenantOf(string issuer)
    {
        if (issuer.StartsWith(V1Prefix, StringComparison.Ordinal) && issuer.EndsWith('/'))
        {
            return issuer[V1Prefix.Length..^1];
        }

        if (issuer.StartsWith(V2Prefix, StringComparison.Ordinal) && issuer.EndsWith(V2Suffix, StringComparison.Ordinal))
        {
            return issuer[V2Prefix.Length..^V2Suffix.Length];
        }

        return null;
    }
}
