namespace PmgBot.Bot.Protocol.Auth;

/// <summary>Why <see cref="IBotChannelValidator"/> refused an activity (log value; the HTTP answer is 403).</summary>
public enum BotChannelRejectReason
{
    None = 0,

    /// <summary>The principal was not produced by the bot scheme (no token-source claim).</summary>
    NotABotPrincipal,

    /// <summary>An anonymous principal while anonymous mode is not configured.</summary>
    AnonymousNotAllowed,

    /// <summary>The Bot Framework signing key is not endorsed for <c>activity.channelId</c>.</summary>
    ChannelNotEndorsed,

    /// <summary>A Bot Framework token without a <c>serviceurl</c> claim.</summary>
    ServiceUrlClaimMissing,

    /// <summary>The <c>serviceurl</c> claim differs from <c>activity.serviceUrl</c>.</summary>
    ServiceUrlMismatch,

    /// <summary>The Entra caller app id is not in <c>Bot:AllowedCallerAppIds</c>.</summary>
    CallerNotAllowed,
}
