using System.Net.Http;
using Microsoft.Extensions.Logging;

namespace PmgBot.Core.Connector;

/// <summary>Connector log messages. Ids of conversations are fine; message content never.</summary>
internal static partial class ConnectorLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning,
        Message = "Connector {Operation} to conversation {ConversationRef} answered {StatusCode} ({Outcome}); correlation {CorrelationId}; retry after {RetryAfter}")]
    public static partial void Unsuccessful(ILogger logger, ConnectorOperation operation, string conversationRef, int statusCode, ConnectorOutcome outcome, string? correlationId, TimeSpan? retryAfter);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning,
        Message = "Connector {Operation} to conversation {ConversationRef} failed without a response ({Outcome}, {Error})")]
    public static partial void TransportFailed(ILogger logger, ConnectorOperation operation, string conversationRef, ConnectorOutcome outcome, HttpRequestError error);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning,
        Message = "Connector {Operation} to conversation {ConversationRef} timed out ({Outcome})")]
    public static partial void TimedOut(ILogger logger, ConnectorOperation operation, string conversationRef, ConnectorOutcome outcome);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information,
        Message = "Connector {Operation} to conversation {ConversationRef}: attempt {Attempt} will be retried in {Delay}")]
    public static partial void Retrying(ILogger logger, ConnectorOperation operation, string conversationRef, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Error, Message = "Connector {Operation}: the serviceUrl is not an absolute http(s) URL")]
    public static partial void InvalidServiceUrl(ILogger logger, ConnectorOperation operation);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Error, Message = "Connector {Operation}: refusing to send a token over plain http to a non-loopback serviceUrl")]
    public static partial void InsecureServiceUrl(ILogger logger, ConnectorOperation operation);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Error, Message = "Could not get a connector token")]
    public static partial void TokenFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Debug, Message = "Connector token acquired, valid until {ExpiresOn}")]
    public static partial void TokenAcquired(ILogger logger, DateTimeOffset expiresOn);
}
