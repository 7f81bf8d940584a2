namespace PmgBot.Core.Features.Meetings.Calendar;

/// <summary>
/// A change of an event's times and/or attendees after an agenda change.
/// </summary>
/// <param name="Window">New times, or null to keep them.</param>
/// <param name="Attendees">
/// Null to keep them; otherwise the FULL list: Graph replaces the whole attendee list with what a PATCH sends (it
/// notifies only the ones that changed), so a partial list would uninvite the rest.
/// </param>
/// <param name="Body">
/// A new body for a <see cref="CalendarEventKind.Window"/> event (e.g. the meeting's join link changed). Must be null
/// for the online-meeting event: patching its body can drop or renew the Teams meeting.
/// </param>
/// <param name="KnownJoinUrl">The join link stored for the online-meeting event, to tell whether it changed.</param>
public sealed record CalendarEventUpdate(
    CalendarEventRef Event,
    CalendarEventKind Kind,
    CalendarWindow? Window = null,
    IReadOnlyList<CalendarAttendee>? Attendees = null,
    EventBody? Body = null,
    string? KnownJoinUrl = null);
