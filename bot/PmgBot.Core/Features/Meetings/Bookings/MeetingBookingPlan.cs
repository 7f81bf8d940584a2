using PmgBot.Core.Features.Meetings.Calendar;

namespace PmgBot.Core.Features.Meetings.Bookings;

/// <summary>
/// What the calendars should hold for one meeting after the chair confirmed agenda version <paramref name="AgendaVersion"/>:
/// the Teams-meeting event for the whole meeting with the core members, and one event per other organisation at its window.
/// </summary>
public sealed record MeetingBookingPlan(
    string MeetingId,
    int AgendaVersion,
    string JppName,
    string OrganizerMailbox,
    CalendarWindow Meeting,
    IReadOnlyList<CalendarAttendee> CoreMembers,
    IReadOnlyList<OrganisationBooking> Organisations);
