using Microsoft.Extensions.Logging;

namespace PmgBot.Core.Conversations;

internal static partial class ConversationLog
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "The serviceUrl of conversation {ConversationRef} changed; stored references refreshed")]
    public static partial void ServiceUrlChanged(ILogger logger, string conversationRef);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "Conversation reference not stored: its {Field} is longer than the column or holds U+0000")]
    public static partial void NotStored(ILogger logger, string field);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "The bot was removed from conversation {ConversationRef}; {Count} stored references deleted")]
    public static partial void Removed(ILogger logger, string conversationRef, int count);
}
