namespace PmgBot.Core.Features.Meetings.Bookings;

/// <summary>
/// What a booking run did, for the chair's message: how many calls were done, where it stopped (then
/// <see cref="Remaining"/> calls are left for "verder gaan"), whether real calendars were updated (false with the .ics
/// fallback) and whether the Teams join link is missing or changed.
/// </summary>
public sealed record BookingReport(
    int Done,
    int Remaining,
    BookingFailure? StoppedAt,
    bool CalendarsUpdated,
    bool JoinLinkMissing,
    bool JoinLinkChanged)
{
    public bool Complete => StoppedAt is null;
}
