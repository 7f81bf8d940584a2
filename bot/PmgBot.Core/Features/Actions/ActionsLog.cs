using Microsoft.Extensions.Logging;

namespace PmgBot.Core.Features.Actions;

internal static partial class ActionsLog
{
    [LoggerMessage(EventId = 6501, Level = LogLevel.Warning, Message = "Action item notice not queued: {Reason}")]
    public static partial void NoticeNotQueued(ILogger logger, string reason);

    [LoggerMessage(EventId = 6502, Level = LogLevel.Error, Message = "Action item notices failed")]
    public static partial void NoticesFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6503, Level = LogLevel.Warning, Message = "Reminder {SentKey} has nobody to go to (owner deactivated or gone)")]
    public static partial void ReminderWithoutReceiver(ILogger logger, string sentKey);

    [LoggerMessage(EventId = 6504, Level = LogLevel.Warning, Message = "Reminder {SentKey} not queued, tried again next run: {Reason}")]
    public static partial void ReminderNotQueued(ILogger logger, string sentKey, string reason);

    [LoggerMessage(EventId = 6505, Level = LogLevel.Warning, Message = "The cards of action item {ItemId} could not be queued for replacement; they show the change when refreshed")]
    public static partial void CardUpdateFailed(ILogger logger, long itemId, Exception exception);

    [LoggerMessage(EventId = 6506, Level = LogLevel.Warning, Message = "Weekly overview {SentKey} not queued, tried again next run: {Reason}")]
    public static partial void OverviewNotQueued(ILogger logger, string sentKey, string reason);
}
