namespace PmgBot.Core.Features.Meetings.Calendar;

/// <summary>
/// A span of time as two instants. Gateways write it as Europe/Amsterdam wall-clock time (Graph: "W. Europe
/// Standard Time"; .ics: TZID Europe/Amsterdam), so summer and winter time are decided once, here, by the instant.
/// </summary>
public sealed record CalendarWindow(DateTimeOffset Start, DateTimeOffset End)
{
    public TimeSpan Length => End - Start;
}
