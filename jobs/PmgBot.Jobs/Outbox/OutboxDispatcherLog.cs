using Microsoft.Extensions.Logging;
using PmgBot.Core.Connector;

namespace PmgBot.Jobs.Outbox;

/// <summary>Outbox dispatcher log messages (message ids and conversation ids only, never content).</summary>
internal static partial class OutboxDispatcherLog
{
    [LoggerMessage(EventId = 3301, Level = LogLevel.Information, Message = "Outbox dispatcher started")]
    public static partial void Started(ILogger logger);

    [LoggerMessage(EventId = 3302, Level = LogLevel.Error, Message = "Outbox dispatcher run failed; retrying at the next poll")]
    public static partial void RunFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3303, Level = LogLevel.Debug, Message = "Outbox message {MessageId} sent to conversation {ConversationRef}")]
    public static partial void Sent(ILogger logger, Guid messageId, string conversationRef);

    [LoggerMessage(EventId = 3304, Level = LogLevel.Information, Message = "Outbox message {MessageId} ({Outcome}, HTTP {StatusCode}) rescheduled after attempt {Attempt} to {NextAttemptAtUtc:o}")]
    public static partial void Rescheduled(ILogger logger, Guid messageId, ConnectorOutcome outcome, int? statusCode, int attempt, DateTime nextAttemptAtUtc);

    [LoggerMessage(EventId = 3305, Level = LogLevel.Warning, Message = "Outbox message {MessageId} ended as {Status} (HTTP {StatusCode}, {Error}) after attempt {Attempt}")]
    public static partial void Ended(ILogger logger, Guid messageId, PmgBot.Core.Outbox.OutboxStatus status, int? statusCode, string? error, int attempt);

    [LoggerMessage(EventId = 3306, Level = LogLevel.Information, Message = "Outbox claimed {Count} messages ({Expired} with an expired lease)")]
    public static partial void Claimed(ILogger logger, int count, int expired);
}
