namespace PmgBot.Core.Features.Meetings.Calendar;

/// <summary>How a calendar call ended, so the caller can tell the chair what was and was not booked.</summary>
public enum CalendarOutcome
{
    /// <summary>Booked, changed, cancelled or read (or written as .ics: see <see cref="CalendarStatus.CalendarsUpdated"/>).</summary>
    Done = 0,
    /// <summary>404: the event (or mailbox) does not exist (any more).</summary>
    NotFound = 1,
    /// <summary>401/403: the mailbox is outside the app's scope (Exchange RBAC for Applications) or the token was refused.</summary>
    Forbidden = 2,
    /// <summary>429 still after the SDK's retries: try again later.</summary>
    Throttled = 3,
    /// <summary>5xx after the SDK's retries, a timeout or no connection: try again later.</summary>
    Unavailable = 4,
    /// <summary>The request was refused before sending (our checks) or by Graph (400 and other 4xx).</summary>
    Invalid = 5,
}
