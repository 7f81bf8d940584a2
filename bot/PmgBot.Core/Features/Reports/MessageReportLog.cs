using Microsoft.Extensions.Logging;

namespace PmgBot.Core.Features.Reports;

/// <summary>Log messages of "Melden bij PmgBot". Never the message text, names or ids of people.</summary>
internal static partial class MessageReportLog
{
    [LoggerMessage(EventId = 1401, Level = LogLevel.Information, Message = "Report dialog opened from a message in a {ConversationType} conversation")]
    public static partial void DialogOpened(ILogger logger, string conversationType);

    [LoggerMessage(EventId = 1402, Level = LogLevel.Warning, Message = "Report {Reference} from a message stored, but its confirmation could not be queued for the personal chat ({Reason}); shown in the dialog")]
    public static partial void ConfirmationNotQueued(ILogger logger, string reference, string reason);
}
