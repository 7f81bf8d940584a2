using Microsoft.Extensions.Logging;
using PmgBot.Core.Connector;

namespace PmgBot.Core.Outbox;

internal static partial class ProactiveLog
{
    [LoggerMessage(EventId = 3201, Level = LogLevel.Warning, Message = "Proactive message not queued: no stored reference gives a serviceUrl to create a 1:1 conversation")]
    public static partial void NoServiceUrl(ILogger logger);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Warning, Message = "Creating a 1:1 conversation failed ({Outcome}, HTTP {StatusCode})")]
    public static partial void CreateFailed(ILogger logger, ConnectorOutcome outcome, int? statusCode);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Information, Message = "Created 1:1 conversation {ConversationRef}")]
    public static partial void Created(ILogger logger, string conversationRef);
}
