using PmgBot.Core.Features.Meetings.Calendar;

namespace PmgBot.Core.Features.Meetings.Bookings;

/// <summary>An organisation no longer has a window: its event is cancelled with a comment.</summary>
public sealed record CancelBookingStep(string Organisation, CalendarCancellation Cancellation) : BookingStep(Organisation);
