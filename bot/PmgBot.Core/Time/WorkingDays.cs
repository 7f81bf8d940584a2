namespace PmgBot.Core.Time;

/// <summary>
/// Dutch working days: Monday to Friday, except the national holidays (<see cref="DutchHolidays"/>) and the closing
/// days of the municipality concerned (e.g. carnival Monday and Tuesday in Limburg, configured per municipality).
/// </summary>
public sealed class WorkingDays(IReadOnlyCollection<DateOnly> closingDays)
{
    private readonly HashSet<DateOnly> _closing = [.. closingDays];
    private readonly Dictionary<int, HashSet<DateOnly>> _holidays = [];

    /// <summary>National holidays only (no municipal closing days).</summary>
    public static WorkingDays National { get; } = new([]);

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !HolidaysOf(date.Year).Contains(date)
        && !_closing.Contains(date);

    /// <summary>The date itself when it is a working day, else the next working day.</summary>
    public DateOnly OnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary><paramref name="count"/> working days after (positive) or before (negative) <paramref name="date"/>; the date itself does not count.</summary>
    public DateOnly Add(DateOnly date, int count)
    {
        var step = count >= 0 ? 1 : -1;
        for (var left = Math.Abs(count); left > 0;)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date))
            {
                left--;
            }
        }

        return date;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/> (0 when <paramref name="to"/> is not later).</summary>
    public int Between(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    private HashSet<DateOnly> HolidaysOf(int year)
    {
        lock (_holidays)
        {
            if (!_holidays.TryGetValue(year, out var days))
            {
                days = [.. DutchHolidays.Of(year).Select(h => h.Date)];
                _holidays[year] = days;
            }

            return days;
        }
    }
}
