using Microsoft.Extensions.Logging;

namespace PmgBot.Core.Features.Meetings.Calendar;

/// <summary>Logs of the .ics fallback: no subjects, attendees or addresses; the mailbox as <see cref="MailboxLogRef"/>.</summary>
internal static partial class IcsCalendarLog
{
    [LoggerMessage(EventId = 8451, Level = LogLevel.Information,
        Message = "Calendar {Operation} for mailbox {MailboxRef} written as .ics (sequence {Sequence}); calendars were not updated")]
    public static partial void Written(ILogger logger, string operation, string mailboxRef, int sequence);

    [LoggerMessage(EventId = 8452, Level = LogLevel.Warning,
        Message = "Calendar {Operation} for mailbox {MailboxRef} refused: {Outcome} ({Reason})")]
    public static partial void Refused(ILogger logger, string operation, string mailboxRef, CalendarOutcome outcome, string reason);

    [LoggerMessage(EventId = 8453, Level = LogLevel.Warning,
        Message = "Calendar {Operation} for mailbox {MailboxRef}: the .ics file could not be read or written")]
    public static partial void FileFailed(ILogger logger, string operation, string mailboxRef, Exception exception);
}
