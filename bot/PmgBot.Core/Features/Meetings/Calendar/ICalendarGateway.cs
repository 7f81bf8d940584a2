namespace PmgBot.Core.Features.Meetings.Calendar;

/// <summary>
/// Calendar bookings of the JPP meeting: Microsoft Graph when configured (PmgBot.Graph), otherwise .ics files
/// (<see cref="IcsCalendarGateway"/>). No call throws for a refused or failed booking: every answer carries a
/// <see cref="CalendarStatus"/> so the caller can tell the chair what was and was not booked and continue later.
/// Only cancellation of <paramref name="cancellationToken"/> throws.
/// </summary>
public interface ICalendarGateway
{
    /// <summary>
    /// Creates the Teams-meeting event in the organizer mailbox. When the create answer lacks the join link the
    /// event is read again; when there is still none, the calendar's allowed online-meeting providers say whether
    /// Teams is allowed at all.
    /// </summary>
    Task<OnlineMeetingBooking> CreateOnlineMeetingAsync(OnlineMeetingRequest request, CancellationToken cancellationToken);

    /// <summary>Creates a plain event (no online meeting) for one organisation's window.</summary>
    Task<CalendarEventBooking> CreateWindowEventAsync(WindowEventRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Changes times and/or the full attendee list (and, for window events only, the body); for the online-meeting
    /// event the join link is read again afterwards and compared with <see cref="CalendarEventUpdate.KnownJoinUrl"/>.
    /// </summary>
    Task<CalendarUpdateResult> UpdateEventAsync(CalendarEventUpdate update, CancellationToken cancellationToken);

    /// <summary>Reads the join link of the online-meeting event again (e.g. after <see cref="JoinLinkStatus.Missing"/>).</summary>
    Task<CalendarUpdateResult> ReadJoinLinkAsync(CalendarEventRef meetingEvent, string? knownJoinUrl, CancellationToken cancellationToken);

    /// <summary>Cancels an event with a comment to its attendees (organizer mailbox only).</summary>
    Task<CalendarStatus> CancelEventAsync(CalendarCancellation cancellation, CancellationToken cancellationToken);

    /// <summary>Busy intervals per mailbox in a window.</summary>
    Task<FreeBusyResult> GetFreeBusyAsync(FreeBusyQuery query, CancellationToken cancellationToken);
}
