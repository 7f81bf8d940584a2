namespace PmgBot.Core.Features.Meetings.Series;

/// <summary>
/// The meeting series of one JPP (one per JPP, keyed by its id): when the JPP meets, who chairs, who is always invited,
/// which dates are cancelled and which days the municipality is closed. Maintained through the directory import
/// (<c>meetingSeries</c>); <see cref="MeetingSeriesPlanner"/> turns it into meeting rows some weeks ahead.
/// </summary>
public sealed class MeetingSeries
{
    public required string JppId { get; set; }

    /// <summary>Monday to Friday.</summary>
    public DayOfWeek Weekday { get; set; }

    /// <summary>Wall-clock start in Europe/Amsterdam (the UTC moment differs between summer and winter time).</summary>
    public TimeOnly StartTime { get; set; }

    public int LengthMinutes { get; set; }

    /// <summary>Weeks between meetings; 2 for a JPP.</summary>
    public int IntervalWeeks { get; set; } = 2;

    /// <summary>One meeting date of the series: the cadence counts from here (before and after).</summary>
    public DateOnly AnchorDate { get; set; }

    /// <summary>The mailbox the calendar events are booked in: a shared JPP mailbox or the chair's.</summary>
    public required string OrganizerMailbox { get; set; }

    /// <summary>Weeks after its last discussion before a youth on groen comes back for follow-up; null: the setting <see cref="MeetingOptions.ReviewWeeksGroen"/>.</summary>
    public int? ReviewWeeksGroen { get; set; }

    /// <summary>As <see cref="ReviewWeeksGroen"/>, for oranje.</summary>
    public int? ReviewWeeksOranje { get; set; }

    /// <summary>As <see cref="ReviewWeeksGroen"/>, for rood.</summary>
    public int? ReviewWeeksRood { get; set; }

    /// <summary>
    /// The chair's digest goes out this many working days before each meeting (1–10); null: the setting
    /// (<see cref="MeetingOptions.DigestWorkingDaysByJpp"/>, else <see cref="MeetingOptions.DigestWorkingDays"/>).
    /// </summary>
    public int? DigestWorkingDays { get; set; }

    public List<MeetingSeriesMember> Members { get; set; } = [];

    public List<MeetingSeriesDate> Dates { get; set; } = [];

    public DateTime UpdatedAtUtc { get; set; }
}
