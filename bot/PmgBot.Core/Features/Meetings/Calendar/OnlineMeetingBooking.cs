namespace PmgBot.Core.Features.Meetings.Calendar;

/// <summary>The answer to <see cref="ICalendarGateway.CreateOnlineMeetingAsync"/>.</summary>
/// <param name="EventId">Store it: updates and cancellations need it. Null when nothing was booked.</param>
/// <param name="JoinUrl">The Teams join link, when <paramref name="JoinLink"/> is <see cref="JoinLinkStatus.Present"/>.</param>
public sealed record OnlineMeetingBooking(CalendarStatus Status, string? EventId, string? JoinUrl, JoinLinkStatus JoinLink);
