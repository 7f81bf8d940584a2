using PmgBot.Core.Features.Meetings.Series;
using PmgBot.Core.Time;

namespace PmgBot.Tests.Features.Meetings.Series;

/// <summary>Series dates, Amsterdam wall-clock times in UTC across the summer-time switches, and the day-off proposals.</summary>
public sealed class SeriesCalendarTests
{
    [Theory]
    // anchor, every n weeks, from, to, cancelled (|-separated), expected dates
    [InlineData("2026-12-01", 2, "2026-11-22", "2027-01-17", "", "2026-12-01|2026-12-15|2026-12-29|2027-01-12")]
    [InlineData("2026-12-01", 2, "2026-12-02", "2027-01-31", "2026-12-29", "2026-12-15|2027-01-12|2027-01-26")]
    [InlineData("2027-06-08", 2, "2026-12-01", "2026-12-31", "", "2026-12-08|2026-12-22")] // anchor after the range
    [InlineData("2026-12-03", 1, "2026-12-03", "2026-12-24", "2026-12-17", "2026-12-03|2026-12-10|2026-12-24")]
    [InlineData("2026-12-01", 4, "2026-12-02", "2026-12-28", "", "")]
    public void DatesBetween_Cadence_GivesTheSeriesDatesWithoutCancelledOnes(
        string anchor, int everyWeeks, string from, string to, string cancelled, string expected)
    {
        var series = Series(DayOfWeek.Tuesday, "13:30", anchor, everyWeeks, cancelled: Dates(cancelled));

        var dates = new SeriesCalendar(series).DatesBetween(Date(from), Date(to));

        Assert.Equal(Dates(expected), dates);
    }

    [Theory]
    // a weekly series on the Amsterdam date, start 13:30 for 90 minutes: UTC start and end (summer time starts 2027-03-28, ends 2027-10-31)
    [InlineData("2027-03-23", "2027-03-23T12:30:00Z", "2027-03-23T14:00:00Z")] // Tuesday before the switch: UTC+1
    [InlineData("2027-03-26", "2027-03-26T12:30:00Z", "2027-03-26T14:00:00Z")] // Friday before
    [InlineData("2027-03-29", "2027-03-29T11:30:00Z", "2027-03-29T13:00:00Z")] // Monday after: UTC+2
    [InlineData("2027-03-30", "2027-03-30T11:30:00Z", "2027-03-30T13:00:00Z")]
    [InlineData("2027-10-26", "2027-10-26T11:30:00Z", "2027-10-26T13:00:00Z")] // before winter time
    [InlineData("2027-11-02", "2027-11-02T12:30:00Z", "2027-11-02T14:00:00Z")] // after
    public void SlotOn_AcrossDaylightSaving_KeepsTheAmsterdamWallClockTime(string date, string startsAtUtc, string endsAtUtc)
    {
        var day = Date(date);
        var series = Series(day.DayOfWeek, "13:30", date, 1, minutes: 90);

        var slot = new SeriesCalendar(series).SlotOn(day);

        Assert.Equal((Utc(startsAtUtc), Utc(endsAtUtc)), (slot.StartsAtUtc, slot.EndsAtUtc));
        Assert.Equal(DateTimeKind.Utc, slot.StartsAtUtc.Kind);
    }

    [Theory]
    // date, closing days, expected day-off name (empty: a working day), expected proposal (Amsterdam date, 13:30)
    [InlineData("2026-12-15", "", "", "")]
    [InlineData("2026-12-25", "", "Eerste Kerstdag", "2026-12-28")]             // Friday → Monday
    [InlineData("2027-03-26", "", "Goede Vrijdag", "2027-03-30")]               // → Monday is Tweede Paasdag → Tuesday
    [InlineData("2027-03-29", "", "Tweede Paasdag", "2027-03-30")]              // the DST week: proposal in summer time
    [InlineData("2027-04-27", "", "Koningsdag", "2027-04-28")]
    [InlineData("2027-05-05", "", "Bevrijdingsdag", "2027-05-07")]              // Wednesday; Thursday 6 May is Hemelvaartsdag
    [InlineData("2027-02-08", "2027-02-08|2027-02-09", "sluitingsdag gemeente", "2027-02-10")] // carnival Monday and Tuesday
    [InlineData("2027-02-09", "2027-02-08", "", "")]                            // the other JPP's closing day is a working day here
    public void SlotOn_DayOff_IsFlaggedWithTheNextWorkingDay(string date, string closing, string dayOffName, string proposal)
    {
        var day = Date(date);
        var series = Series(day.DayOfWeek, "13:30", date, 2, closing: Dates(closing));

        var slot = new SeriesCalendar(series).SlotOn(day);

        Assert.Equal(dayOffName.Length > 0, slot.OnDayOff);
        Assert.Equal(dayOffName.Length > 0 ? dayOffName : null, slot.DayOffName);
        Assert.Equal(proposal.Length > 0 ? AmsterdamTime.ToUtc(Date(proposal), new TimeOnly(13, 30)) : null, slot.ProposedStartsAtUtc);
    }

    [Fact]
    public void SlotOn_ProposalAcrossTheSwitch_IsInSummerTime()
    {
        var series = Series(DayOfWeek.Friday, "09:00", "2027-03-26", 2);

        var slot = new SeriesCalendar(series).SlotOn(Date("2027-03-26"));

        Assert.Equal(Utc("2027-03-26T08:00:00Z"), slot.StartsAtUtc);
        Assert.Equal(Utc("2027-03-30T07:00:00Z"), slot.ProposedStartsAtUtc);
    }

    [Theory]
    [InlineData("2026-12-15", "", "2026-12-29")]
    [InlineData("2026-12-15", "2026-12-29|2027-01-12", "2027-01-26")]
    [InlineData("2026-12-16", "", "2026-12-29")]
    public void NextDateAfter_SkipsCancelledDates(string date, string cancelled, string expected)
    {
        var series = Series(DayOfWeek.Tuesday, "13:30", "2026-12-01", 2, cancelled: Dates(cancelled));

        Assert.Equal(Date(expected), new SeriesCalendar(series).NextDateAfter(Date(date)));
    }

    internal static MeetingSeries Series(
        DayOfWeek weekday, string start, string anchor, int everyWeeks, int minutes = 120,
        IEnumerable<DateOnly>? cancelled = null, IEnumerable<DateOnly>? closing = null) => new()
        {
            JppId = "jpp-heerlen",
            Weekday = weekday,
            StartTime = TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            LengthMinutes = minutes,
            IntervalWeeks = everyWeeks,
            AnchorDate = Date(anchor),
            OrganizerMailbox = "jpp@test.example",
            Dates =
            [
                .. (cancelled ?? []).Select(d => new MeetingSeriesDate { JppId = "jpp-heerlen", Date = d, Kind = SeriesDateKind.Cancelled }),
                .. (closing ?? []).Select(d => new MeetingSeriesDate { JppId = "jpp-heerlen", Date = d, Kind = SeriesDateKind.ClosingDay }),
            ],
        };

    internal static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    internal static DateTime Utc(string text) =>
        DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);

    private static List<DateOnly> Dates(string list) =>
        [.. list.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(Date)];
}
