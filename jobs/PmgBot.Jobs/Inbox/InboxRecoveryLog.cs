using Microsoft.Extensions.Logging;

namespace PmgBot.Jobs.Inbox;

internal static partial class InboxRecoveryLog
{
    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "Inbox recovery run failed; trying again at the next interval.")]
    public static partial void RunFailed(ILogger logger, Exception exception);
}
