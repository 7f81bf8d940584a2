namespace PmgBot.Bot.Protocol.Auth;

/// <summary>Settings section <c>Bot</c>: who may call <c>POST /api/messages</c>.</summary>
public sealed class BotAuthOptions
{
    public const string DefaultBotFrameworkOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string DefaultEntraOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>The bot's Microsoft App ID; every token's <c>aud</c> must equal it. Empty means none (dev only).</summary>
    public string AppId { get; set; } = string.Empty;

    /// <summary>Tenant GUID of a single-tenant bot; adds that tenant's Entra issuers. Empty means multi-tenant.</summary>
    public string AppTenantId { get; set; } = string.Empty;

    /// <summary>
    /// Local development only: with an empty <see cref="AppId"/>, accept requests WITHOUT an Authorization header
    /// (Agents Playground, Emulator). Never the default; refused together with an AppId and in Production.
    /// </summary>
    public bool AllowAnonymousWithoutAppId { get; set; }

    /// <summary>OpenID metadata for tokens issued by <c>https://api.botframework.com</c>.</summary>
    public string BotFrameworkOpenIdMetadataUrl { get; set; } = DefaultBotFrameworkOpenIdMetadataUrl;

    /// <summary>
    /// OpenID metadata for Entra-issued tokens. When <see cref="AppTenantId"/> is set, tokens from that tenant use
    /// this URL with its <c>common</c> path segment replaced by the tenant id.
    /// </summary>
    public string EntraOpenIdMetadataUrl { get; set; } = DefaultEntraOpenIdMetadataUrl;

    /// <summary>Metadata and key URLs must be https (default). Tests set false for their http://127.0.0.1 issuer.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Optional allow-list of caller app ids (<c>azp</c>/<c>appid</c>) for Entra-issued tokens. Empty allows any.</summary>
    public IList<string> AllowedCallerAppIds { get; } = [];

    /// <summary>True when an app id is configured.</summary>
    internal bool HasAppId => AppId.Length > 0;

    /// <summary>True when requests without a token are accepted (no app id and the explicit flag).</summary>
    internal bool AnonymousAllowed => !HasAppId && AllowAnonymousWithoutAppId;
}
