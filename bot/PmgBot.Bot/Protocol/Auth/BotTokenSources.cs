namespace PmgBot.Bot.Protocol.Auth;

/// <summary>Values of <see cref="BotClaimTypes.TokenSource"/>.</summary>
public static class BotTokenSources
{
    /// <summary>A token issued by <c>https://api.botframework.com</c>, validated with Bot Framework keys.</summary>
    public const string BotFramework = "botframework";

    /// <summary>A token issued by an accepted Entra issuer, validated with Entra keys.</summary>
    public const string Entra = "entra";

    /// <summary>No token: anonymous local mode (no AppId and AllowAnonymousWithoutAppId).</summary>
    public const string Anonymous = "anonymous";
}
