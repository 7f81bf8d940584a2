using PmgBot.Core.Features.Meetings.Calendar;

namespace PmgBot.Core.Features.Meetings.Bookings;

/// <summary>Times, the full attendee list or (window events only) the body changed.</summary>
public sealed record UpdateBookingStep(string? Organisation, CalendarEventUpdate Update) : BookingStep(Organisation);
