using PmgBot.Core.Features.Meetings.Calendar;

namespace PmgBot.Core.Features.Meetings.Bookings;

/// <summary>One organisation's window in the planned agenda, with the professionals it invites (never a youth).</summary>
public sealed record OrganisationBooking(string OrganisationId, CalendarWindow Window, int CaseCount, IReadOnlyList<CalendarAttendee> Attendees);
