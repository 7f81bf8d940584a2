namespace PmgBot.Core.Features.Meetings.Calendar;

/// <summary>The answer to <see cref="ICalendarGateway.CreateWindowEventAsync"/>.</summary>
public sealed record CalendarEventBooking(CalendarStatus Status, string? EventId);
