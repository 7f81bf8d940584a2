using Microsoft.Extensions.Logging;
using PmgBot.Core.Features.Meetings.Calendar;

namespace PmgBot.Graph;

/// <summary>
/// Graph calendar logs. No subjects, bodies, attendees or mailbox addresses: a mailbox is written as
/// <see cref="MailboxLogRef"/> (a short hash), a failure as status and Graph error code.
/// </summary>
internal static partial class GraphCalendarLog
{
    [LoggerMessage(EventId = 8401, Level = LogLevel.Information, Message = "Calendar {Operation} in mailbox {MailboxRef} done")]
    public static partial void Done(ILogger logger, string operation, string mailboxRef);

    [LoggerMessage(EventId = 8402, Level = LogLevel.Warning, Message = "Calendar {Operation} in mailbox {MailboxRef} failed: {Outcome} ({Reason})")]
    public static partial void Failed(ILogger logger, string operation, string mailboxRef, CalendarOutcome outcome, string? reason);

    [LoggerMessage(EventId = 8403, Level = LogLevel.Warning, Message = "Calendar {Operation} in mailbox {MailboxRef}: no Teams join link ({JoinLink})")]
    public static partial void NoJoinLink(ILogger logger, string operation, string mailboxRef, JoinLinkStatus joinLink);

    [LoggerMessage(EventId = 8404, Level = LogLevel.Warning, Message = "Calendar {Operation} in mailbox {MailboxRef}: the Teams join link changed")]
    public static partial void JoinUrlChanged(ILogger logger, string operation, string mailboxRef);

    [LoggerMessage(EventId = 8405, Level = LogLevel.Information, Message = "Calendar free/busy asked through mailbox {MailboxRef}: a schedule could not be read ({ResponseCode})")]
    public static partial void ScheduleError(ILogger logger, string mailboxRef, string responseCode);
}
