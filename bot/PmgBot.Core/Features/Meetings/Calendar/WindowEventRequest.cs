namespace PmgBot.Core.Features.Meetings.Calendar;

/// <summary>
/// A plain event (no online meeting of its own) in the organizer mailbox for one organisation's window of the
/// meeting, with that organisation's invited professionals; its body carries the meeting's join link.
/// </summary>
public sealed record WindowEventRequest(
    string OrganizerMailbox,
    string TransactionId,
    string Subject,
    EventBody Body,
    CalendarWindow Window,
    IReadOnlyList<CalendarAttendee> Attendees);
