namespace PmgBot.Bot.Routing;

/// <summary>Log messages of turn processing. Never message text, names or ids of people.</summary>
internal static partial class TurnLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Error, Message = "Turn of type {ActivityType} failed; correlation id {CorrelationId}")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string activityType, string correlationId);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Activity of type {ActivityType} from a tenant that is not on the allow-list ignored")]
    public static partial void TenantRefused(ILogger logger, string activityType);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Invoke {InvokeName} is not supported")]
    public static partial void InvokeNotSupported(ILogger logger, string invokeName);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "No route for activity type {ActivityType} verb '{Verb}'")]
    public static partial void NoRoute(ILogger logger, string activityType, string verb);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning, Message = "Could not send the error reply")]
    public static partial void ErrorReplyFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Warning, Message = "Turn queue is full; activity refused with 503")]
    public static partial void QueueFull(ILogger logger);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Warning, Message = "Turn of type {ActivityType} met a database outage; correlation id {CorrelationId}")]
    public static partial void DatabaseUnavailable(ILogger logger, string activityType, string correlationId);

    [LoggerMessage(EventId = 1107, Level = LogLevel.Error, Message = "Turn worker caught a failure outside the turn; correlation id {CorrelationId}")]
    public static partial void WorkerCaught(ILogger logger, Exception exception, string correlationId);

    [LoggerMessage(EventId = 1108, Level = LogLevel.Information, Message = "Turn {TurnId} waits for the database; try {Attempt} in {Delay}")]
    public static partial void RetryScheduled(ILogger logger, Guid turnId, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 1109, Level = LogLevel.Information, Message = "Turn {TurnId} is no longer held by this process (done or taken over); not tried again here")]
    public static partial void RetryDropped(ILogger logger, Guid turnId);

    [LoggerMessage(EventId = 1110, Level = LogLevel.Warning, Message = "Inbox could not store an accepted turn; refused with 503")]
    public static partial void InboxUnavailable(ILogger logger);
}
