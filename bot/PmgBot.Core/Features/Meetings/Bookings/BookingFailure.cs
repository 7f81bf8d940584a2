using PmgBot.Core.Features.Meetings.Calendar;

namespace PmgBot.Core.Features.Meetings.Bookings;

/// <summary>The call a booking run stopped at; <see cref="OrganisationId"/> null for the meeting's own event.</summary>
public sealed record BookingFailure(string? OrganisationId, CalendarOutcome Outcome, string? Reason);
