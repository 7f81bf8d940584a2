namespace PmgBot.Bot.Protocol.Auth;

/// <summary>Names of the inbound authentication scheme, policy and settings for <c>POST /api/messages</c>.</summary>
public static class BotAuthDefaults
{
    /// <summary>The ASP.NET Core authentication scheme that validates Bot Framework / Entra channel tokens.</summary>
    public const string Scheme = "BotChannel";

    /// <summary>The authorization policy for <c>/api/messages</c>: an authenticated principal of <see cref="Scheme"/>.</summary>
    public const string Policy = "BotChannel";

    /// <summary>The settings section bound to <see cref="BotAuthOptions"/>.</summary>
    public const string Section = "Bot";

    /// <summary>Name of the <see cref="System.Net.Http.IHttpClientFactory"/> client that fetches OpenID metadata and keys.</summary>
    public const string MetadataHttpClient = "PmgBot.BotAuth.Metadata";

    /// <summary>Authentication type of the principal in anonymous local mode (as BotBuilder: <c>anonymous</c>).</summary>
    public const string AnonymousAuthenticationType = "anonymous";
}
