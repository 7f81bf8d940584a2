using PmgBot.Core.Features.Meetings.Calendar;

namespace PmgBot.Core.Features.Meetings.Bookings;

/// <summary>
/// An event booked earlier, as stored after the gateway confirmed it. <paramref name="OrganisationId"/> is null for the
/// meeting's own Teams-meeting event. <paramref name="BodyText"/> is what its body says now (window events only).
/// </summary>
public sealed record StoredBooking(
    string? OrganisationId,
    CalendarEventRef Event,
    CalendarWindow Window,
    IReadOnlyList<string> AttendeeEmails,
    string? BodyText,
    string? JoinUrl);
