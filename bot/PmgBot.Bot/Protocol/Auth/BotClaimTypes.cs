namespace PmgBot.Bot.Protocol.Auth;

/// <summary>
/// Claim types this scheme adds to the principal. Claims of these types coming from a token are dropped, so they can
/// only have been set by the scheme itself.
/// </summary>
public static class BotClaimTypes
{
    internal const string Prefix = "pmgbot:bot:";

    /// <summary>Where the caller's identity came from: a value of <see cref="BotTokenSources"/>.</summary>
    public const string TokenSource = Prefix + "token-source";

    /// <summary>One claim per channel id the signing key is endorsed for (Bot Framework tokens).</summary>
    public const string Endorsement = Prefix + "endorsement";

    /// <summary>The token's <c>serviceurl</c> claim, when present.</summary>
    public const string ServiceUrl = Prefix + "serviceurl";

    /// <summary>The calling app id of an Entra token (<c>azp</c> for v2, <c>appid</c> for v1), when present.</summary>
    public const string CallerAppId = Prefix + "caller-app-id";
}
