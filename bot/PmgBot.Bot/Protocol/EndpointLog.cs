namespace PmgBot.Bot.Protocol;

/// <summary>Log messages of the messaging endpoint. No bodies, no tokens, no personal data.</summary>
internal static partial class EndpointLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Warning, Message = "Request body over the size limit refused with 413")]
    public static partial void BodyTooLarge(ILogger logger);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Request body is not an activity (malformed JSON or no type); refused with 400")]
    public static partial void BadActivity(ILogger logger);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Request body could not be read ({ExceptionType}: malformed request); refused with 400")]
    public static partial void BodyUnreadable(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Client went away while sending the request body ({ExceptionType}); nothing processed")]
    public static partial void ClientGone(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Redelivered {ActivityType} activity handled once")]
    public static partial void Redelivery(ILogger logger, string activityType);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "{ActivityType} activity without a well-formed {Field}; refused with 400")]
    public static partial void MissingField(ILogger logger, string? activityType, string field);
}
