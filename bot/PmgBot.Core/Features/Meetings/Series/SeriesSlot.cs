namespace PmgBot.Core.Features.Meetings.Series;

/// <summary>
/// One planned meeting of a series. <paramref name="DayOffName"/> is set when <paramref name="Date"/> is not a working
/// day; then <paramref name="ProposedStartsAtUtc"/> is the same Amsterdam time on the next working day.
/// </summary>
public sealed record SeriesSlot(DateOnly Date, DateTime StartsAtUtc, DateTime EndsAtUtc, string? DayOffName, DateTime? ProposedStartsAtUtc)
{
    public bool OnDayOff => DayOffName is not null;
}
