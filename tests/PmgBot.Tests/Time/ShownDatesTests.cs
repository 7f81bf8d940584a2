using PmgBot.Cards.Localization;
using PmgBot.Core.Time;

namespace PmgBot.Tests.Time;

/// <summary>Dates with month and day names follow the turn's language; Dutch is exactly AmsterdamTime's.</summary>
public sealed class ShownDatesTests
{
    private static readonly DateTime Utc = new(2026, 12, 1, 13, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("nl-NL", "dinsdag 1 december 2026", "dinsdag 1 december 2026 om 14:00", "1 december 2026", "12 maart 2010")]
    [InlineData("en-US", "Tuesday 1 December 2026", "Tuesday 1 December 2026 at 14:00", "1 December 2026", "12 March 2010")]
    public void Dates_Language_NamesInThatLanguage(string locale, string longDate, string longDateTime, string dayMonthYear, string date)
    {
        using var language = BotLanguage.Use(locale);

        Assert.Equal(longDate, ShownDates.LongDate(Utc));
        Assert.Equal(longDateTime, ShownDates.LongDateTime(Utc));
        Assert.Equal(dayMonthYear, ShownDates.DayMonthYear(Utc));
        Assert.Equal(date, ShownDates.Date(new DateOnly(2010, 3, 12)));
    }

    [Fact]
    public void Dates_Dutch_SameAsAmsterdamTime()
    {
        Assert.Equal(AmsterdamTime.LongDate(Utc), ShownDates.LongDate(Utc));
        Assert.Equal(AmsterdamTime.LongDateTime(Utc), ShownDates.LongDateTime(Utc));
        Assert.Equal(AmsterdamTime.DayMonthYear(Utc), ShownDates.DayMonthYear(Utc));
        Assert.Equal(AmsterdamTime.Date(new DateOnly(2010, 3, 12)), ShownDates.Date(new DateOnly(2010, 3, 12)));
    }
}
