namespace PmgBot.Bot.Protocol;

/// <summary>Log messages of the messaging endpoint. No bodies, no tokens, no personal data.</summary>
internal static partial class EndpointLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Warning, Message = "Request body over the size limit refused with 413")]
    public static partial void BodyTooLarge(ILogger logger);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Request body is not an activity (malformed JSON or no type); refused with 400")]
    public static partial void BadActivity(ILogger logger);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Redelivered {ActivityType} activity handled once")]
    public static partial void Redelivery(ILogger logger, string activityType);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "{ActivityType} activity without a well-formed {Field}; refused with 400")]
    public static partial void MissingField(ILogger logger, string? activityType, string field);
}
