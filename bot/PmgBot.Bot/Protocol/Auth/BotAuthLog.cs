namespace PmgBot.Bot.Protocol.Auth;

/// <summary>Logging of inbound authentication. Reasons and URLs of configuration only: no token contents, no personal data.</summary>
internal static partial class BotAuthLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Warning, Message = "Anonymous mode is on: bot requests WITHOUT a token are accepted (no AppId, AllowAnonymousWithoutAppId). For local development only.")]
    public static partial void AnonymousModeOn(ILogger logger);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Bot request without Authorization header refused.")]
    public static partial void NoToken(ILogger logger);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Bot token rejected: {Reason}.")]
    public static partial void TokenRejected(ILogger logger, BotTokenRejectReason reason);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Bot token validation failed with {ExceptionType}; treated as rejected.")]
    public static partial void ValidationError(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "Activity refused for {TokenSource} caller on channel '{ChannelId}': {Reason}.")]
    public static partial void ActivityRejected(ILogger logger, BotChannelRejectReason reason, string tokenSource, string channelId);

    [LoggerMessage(EventId = 4110, Level = LogLevel.Information, Message = "Signing keys refreshed from {MetadataUrl}: {KeyCount} keys.")]
    public static partial void KeysRefreshed(ILogger logger, Uri metadataUrl, int keyCount);

    [LoggerMessage(EventId = 4111, Level = LogLevel.Error, Message = "Signing keys could not be refreshed from {MetadataUrl}; keeping the previous keys if any.")]
    public static partial void KeysRefreshFailed(ILogger logger, Uri metadataUrl, Exception exception);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Information, Message = "Unknown signing key: refresh of {MetadataUrl} skipped (rate limit).")]
    public static partial void ForcedRefreshSkipped(ILogger logger, Uri metadataUrl);
}
