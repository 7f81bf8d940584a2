using System.Globalization;
using PmgBot.Cards.Localization;

namespace PmgBot.Core.Time;

/// <summary>
/// Dates with month and day names in the turn's language (<see cref="BotLanguage"/>), for cards and messages to the
/// user of the turn: Dutch exactly as <see cref="AmsterdamTime"/> ("dinsdag 1 december 2026"), English in British
/// order ("Tuesday 1 December 2026"). Texts that must stay Dutch (letters, calendar invitations) use AmsterdamTime.
/// </summary>
public static class ShownDates
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private static CultureInfo Culture => BotLanguage.IsEnglish ? English : Dutch;

    /// <summary>"dinsdag 1 december 2026" / "Tuesday 1 December 2026".</summary>
    public static string LongDate(DateTime utc) => AmsterdamTime.ToLocal(utc).ToString("dddd d MMMM yyyy", Culture);

    /// <summary>"dinsdag 1 december 2026 om 14:00" / "Tuesday 1 December 2026 at 14:00".</summary>
    public static string LongDateTime(DateTime utc) =>
        AmsterdamTime.ToLocal(utc).ToString(BotLanguage.IsEnglish ? "dddd d MMMM yyyy 'at' HH:mm" : "dddd d MMMM yyyy 'om' HH:mm", Culture);

    /// <summary>"1 december 2026" / "1 December 2026".</summary>
    public static string DayMonthYear(DateTime utc) => AmsterdamTime.ToLocal(utc).ToString("d MMMM yyyy", Culture);

    /// <summary>A calendar date without a time zone, e.g. a date of birth: "12 maart 2010" / "12 March 2010".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    /// <summary>A calendar date with its weekday, e.g. a due date: "dinsdag 8 december 2026" / "Tuesday 8 December 2026".</summary>
    public static string LongDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", Culture);

    /// <summary>A calendar date in the coming weeks: "dinsdag 8 december" / "Tuesday 8 December".</summary>
    public static string WeekdayDayMonth(DateOnly date) => date.ToString("dddd d MMMM", Culture);

    /// <summary>A moment this year, e.g. when an item changed: "3 december, 14:05" / "3 December, 14:05".</summary>
    public static string DayMonthTime(DateTime utc) => AmsterdamTime.ToLocal(utc).ToString("d MMMM, HH:mm", Culture);
}
