using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Meetings.Series;

/// <summary>
/// The dates and times of one series (pure: no clock, no database). A series date is every <see cref="MeetingSeries.IntervalWeeks"/>
/// weeks from <see cref="MeetingSeries.AnchorDate"/>, except the cancelled ones. Times are the series' Amsterdam
/// wall-clock time converted to UTC on that date, so a 13:30 meeting is 12:30 UTC in winter and 11:30 UTC in summer.
/// A date that is not a working day (weekend, national holiday, the municipality's closing day) gets a proposal: the
/// same time on the <b>next</b> working day. Next rather than previous because everything is prepared towards the series
/// date (screening onto the agenda, the chair's digest some working days before, the review periods): a later day keeps
/// that preparation valid, an earlier one would cut it short.
/// </summary>
public sealed class SeriesCalendar
{
    private const string ClosingDayName = "sluitingsdag gemeente";

    private readonly MeetingSeries _series;
    private readonly HashSet<DateOnly> _cancelled;
    private readonly HashSet<DateOnly> _closing;
    private readonly WorkingDays _workingDays;
    private readonly int _period;

    public SeriesCalendar(MeetingSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfLessThan(series.IntervalWeeks, 1);
        _series = series;
        _cancelled = [.. series.Dates.Where(d => d.Kind == SeriesDateKind.Cancelled).Select(d => d.Date)];
        _closing = [.. series.Dates.Where(d => d.Kind == SeriesDateKind.ClosingDay).Select(d => d.Date)];
        _workingDays = new WorkingDays(_closing);
        _period = 7 * series.IntervalWeeks;
    }

    /// <summary>Whether <paramref name="date"/> falls on the cadence (cancelled or not).</summary>
    public bool IsOnCadence(DateOnly date) => (date.DayNumber - _series.AnchorDate.DayNumber) % _period == 0;

    public bool IsCancelled(DateOnly date) => _cancelled.Contains(date);

    /// <summary>The series dates from <paramref name="from"/> up to and including <paramref name="to"/>, cancelled ones left out.</summary>
    public IEnumerable<DateOnly> DatesBetween(DateOnly from, DateOnly to)
    {
        var offset = ((from.DayNumber - _series.AnchorDate.DayNumber) % _period + _period) % _period;
        for (var date = offset == 0 ? from : from.AddDays(_period - offset); date <= to; date = date.AddDays(_period))
        {
            if (!IsCancelled(date))
            {
                yield return date;
            }
        }
    }

    /// <summary>The first series date after <paramref name="date"/> that is not cancelled (within two years; null beyond).</summary>
    public DateOnly? NextDateAfter(DateOnly date) =>
        DatesBetween(date.AddDays(1), date.AddYears(2)).Select(d => (DateOnly?)d).FirstOrDefault();

    /// <summary>The meeting on <paramref name="date"/>: start and end in UTC, and the day-off flag with its proposal.</summary>
    public SeriesSlot SlotOn(DateOnly date)
    {
        var startsAt = AmsterdamTime.ToUtc(date, _series.StartTime);
        var endsAt = startsAt.AddMinutes(_series.LengthMinutes);
        if (_workingDays.IsWorkingDay(date))
        {
            return new SeriesSlot(date, startsAt, endsAt, null, null);
        }

        var proposal = _workingDays.OnOrAfter(date);
        return new SeriesSlot(date, startsAt, endsAt, DayOffName(date), AmsterdamTime.ToUtc(proposal, _series.StartTime));
    }

    private string DayOffName(DateOnly date)
    {
        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return date.DayOfWeek == DayOfWeek.Saturday ? "zaterdag" : "zondag";
        }

        return DutchHolidays.Of(date.Year).FirstOrDefault(h => h.Date == date)?.Name
            ?? (_closing.Contains(date) ? ClosingDayName : "geen werkdag");
    }
}
