namespace PmgBot.Core.Register;

/// <summary>
/// A JPP case meeting (every two weeks per JPP). Planned from the JPP's meeting series
/// (<see cref="Features.Meetings.Series.MeetingSeriesPlanner"/>, then <see cref="SeriesDate"/> is set) or added by hand
/// (older rows, tests). Times are UTC, computed from the series' Amsterdam wall-clock time.
/// </summary>
public sealed class JppMeeting
{
    public long Id { get; set; }
    public required string JppId { get; set; }
    public DateTime StartsAtUtc { get; set; }

    /// <summary>Null for a meeting without a known length (not planned from a series).</summary>
    public DateTime? EndsAtUtc { get; set; }

    /// <summary>The series date (Amsterdam) this meeting was planned for; null when it was not planned from a series.</summary>
    public DateOnly? SeriesDate { get; set; }

    /// <summary>
    /// The series date is not a working day (a national holiday, a closing day of the municipality): the chair is asked
    /// to decide, with <see cref="ProposedStartsAtUtc"/> as the proposal. The meeting keeps its series date until then.
    /// </summary>
    public bool OnDayOff { get; set; }

    /// <summary>Why the date is a day off ("Tweede Paasdag", "sluitingsdag gemeente"); null on a working day.</summary>
    public string? DayOffName { get; set; }

    /// <summary>The same time on the next working day; null on a working day.</summary>
    public DateTime? ProposedStartsAtUtc { get; set; }
}
