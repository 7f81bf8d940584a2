using Microsoft.Extensions.Logging;

namespace PmgBot.Core.Conversations;

internal static partial class ConversationLog
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "The serviceUrl of conversation {ConversationId} changed; stored references refreshed")]
    public static partial void ServiceUrlChanged(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "The bot was removed from conversation {ConversationId}; {Count} stored references deleted")]
    public static partial void Removed(ILogger logger, string conversationId, int count);
}
