using PmgBot.Core.Time;
using PublicHoliday;

namespace PmgBot.Tests.Time;

public sealed class WorkingDaysTests
{
    [Fact]
    public void Of_2026_TheNineDaysOfTheAlgemeneTermijnenwet()
    {
        var days = DutchHolidays.Of(2026).Select(h => (h.Date.ToString("yyyy-MM-dd"), h.Name));

        Assert.Equal(
            [("2026-01-01", "Nieuwjaarsdag"), ("2026-04-03", "Goede Vrijdag"), ("2026-04-06", "Tweede Paasdag"), ("2026-04-27", "Koningsdag"),
             ("2026-05-05", "Bevrijdingsdag"), ("2026-05-14", "Hemelvaartsdag"), ("2026-05-25", "Tweede Pinksterdag"),
             ("2026-12-25", "Eerste Kerstdag"), ("2026-12-26", "Tweede Kerstdag")],
            days);
    }

    [Theory]
    [InlineData(2025, "2025-04-26")]
    [InlineData(2026, "2026-04-27")]
    [InlineData(2031, "2031-04-26")]
    [InlineData(2036, "2036-04-26")]
    [InlineData(2027, "2027-04-27")]
    public void Of_KingsDayOnASunday_TheSaturdayBefore(int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), DutchHolidays.Of(year).Single(h => h.Name == "Koningsdag").Date);
    }

    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(1985, "1985-04-07")]
    public void EasterSunday_KnownYears_TheGregorianDate(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DutchHolidays.EasterSunday(year));

    /// <summary>
    /// PublicHoliday (the library served here) knows the Dutch holidays except Goede Vrijdag and 5 May in most years: every
    /// day it gives that is not a Sunday must be ours, and ours apart from those two must be its (from 2014: Koningsdag on 27 April).
    /// </summary>
    [Fact]
    public void Of_2014To2100_AgreesWithPublicHolidayOnTheDaysItKnows()
    {
        var library = new DutchPublicHoliday();
        for (var year = 2014; year <= 2100; year++)
        {
            var ours = DutchHolidays.Of(year);
            var theirs = library.PublicHolidays(year).Select(DateOnly.FromDateTime)
                .Where(d => d.DayOfWeek != DayOfWeek.Sunday)
                .ToHashSet();
            Assert.All(theirs, d => Assert.Contains(ours, h => h.Date == d));
            Assert.All(ours.Where(h => h.Name is not ("Goede Vrijdag" or "Bevrijdingsdag") && h.Date.DayOfWeek != DayOfWeek.Sunday),
                h => Assert.True(theirs.Contains(h.Date), $"{h.Date} ({h.Name}) is missing in PublicHoliday for {year}"));
        }
    }

    public static TheoryData<string, int, string> Additions => new()
    {
        { "2026-12-02", 2, "2026-12-04" },
        { "2026-12-04", 1, "2026-12-07" },
        { "2026-12-23", 2, "2026-12-28" },
        { "2026-12-24", 1, "2026-12-28" },
        { "2026-04-02", 1, "2026-04-07" },
        { "2026-12-07", -2, "2026-12-03" },
        { "2026-04-07", -1, "2026-04-02" },
        { "2026-05-13", 1, "2026-05-15" },
        { "2026-12-02", 0, "2026-12-02" },
    };

    [Theory]
    [MemberData(nameof(Additions))]
    public void Add_AcrossWeekendsAndHolidays_SkipsThem(string from, int count, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), WorkingDays.National.Add(DateOnly.Parse(from), count));

    [Theory]
    [InlineData("2027-02-05", 1, "2027-02-10")]
    [InlineData("2027-02-10", -1, "2027-02-05")]
    public void Add_MunicipalCarnivalClosingDays_SkipsThemToo(string from, int count, string expected)
    {
        var heerlen = new WorkingDays([new DateOnly(2027, 2, 8), new DateOnly(2027, 2, 9)]);

        Assert.Equal(DateOnly.Parse(expected), heerlen.Add(DateOnly.Parse(from), count));
    }

    [Theory]
    [InlineData("2026-12-25", "2026-12-28")]
    [InlineData("2026-12-05", "2026-12-07")]
    [InlineData("2026-12-07", "2026-12-07")]
    [InlineData("2027-04-26", "2027-04-26")]
    [InlineData("2027-04-27", "2027-04-28")]
    public void OnOrAfter_DayOff_TheNextWorkingDay(string date, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), WorkingDays.National.OnOrAfter(DateOnly.Parse(date)));

    [Theory]
    [InlineData("2026-12-02", "2026-12-09", 5)]
    [InlineData("2026-12-24", "2027-01-04", 5)]
    [InlineData("2026-12-09", "2026-12-02", 0)]
    [InlineData("2026-12-02", "2026-12-02", 0)]
    public void Between_Span_CountsWorkingDaysAfterTheStart(string from, string to, int expected) =>
        Assert.Equal(expected, WorkingDays.National.Between(DateOnly.Parse(from), DateOnly.Parse(to)));
}
