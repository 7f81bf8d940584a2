namespace PmgBot.Core.Time;

/// <summary>
/// The generally recognised holidays of the Algemene termijnenwet (art. 3, with Goede Vrijdag put on a par by lid 2):
/// Nieuwjaarsdag, Goede Vrijdag, Tweede Paasdag, Koningsdag (26 April when the 27th is a Sunday), 5 mei every year,
/// Hemelvaartsdag, Tweede Pinksterdag and both Christmas days (Koningsdag as it is since 2014). Written here because the holiday library served here
/// (PublicHoliday) lacks Goede Vrijdag; the tests compare every other day with it.
/// </summary>
public static class DutchHolidays
{
    public static IReadOnlyList<Holiday> Of(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2200);
        var easter = EasterSunday(year);
        var kingsDay = new DateOnly(year, 4, 27);
        return
        [
            new(new DateOnly(year, 1, 1), "Nieuwjaarsdag"),
            new(easter.AddDays(-2), "Goede Vrijdag"),
            new(easter.AddDays(1), "Tweede Paasdag"),
            new(kingsDay.DayOfWeek == DayOfWeek.Sunday ? kingsDay.AddDays(-1) : kingsDay, "Koningsdag"),
            new(new DateOnly(year, 5, 5), "Bevrijdingsdag"),
            new(easter.AddDays(39), "Hemelvaartsdag"),
            new(easter.AddDays(50), "Tweede Pinksterdag"),
            new(new DateOnly(year, 12, 25), "Eerste Kerstdag"),
            new(new DateOnly(year, 12, 26), "Tweede Kerstdag"),
        ];
    }

    /// <summary>Easter Sunday of the Gregorian calendar (the anonymous computus of Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
