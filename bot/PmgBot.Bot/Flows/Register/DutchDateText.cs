using System.Globalization;

namespace PmgBot.Bot.Flows.Register;

/// <summary>Dates as the register cards show them: Dutch, in Europe/Amsterdam ("dinsdag 1 december 2026").</summary>
public static class DutchDateText
{
    public static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>"12 maart 2010" (a date of birth: a calendar date, no time zone).</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);

    /// <summary>"dinsdag 1 december 2026": the Amsterdam date of a UTC moment.</summary>
    public static string Day(DateTime utc) => ToAmsterdam(utc).ToString("dddd d MMMM yyyy", Dutch);

    /// <summary>"12 november 2026": the Amsterdam date of a UTC moment, without the weekday.</summary>
    public static string ShortDay(DateTime utc) => ToAmsterdam(utc).ToString("d MMMM yyyy", Dutch);

    /// <summary>"dinsdag 1 december 2026 om 14:00": the Amsterdam date and time of a UTC moment.</summary>
    public static string DayAndTime(DateTime utc) => ToAmsterdam(utc).ToString("dddd d MMMM yyyy 'om' HH:mm", Dutch);

    /// <summary>Today's date in Amsterdam.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Amsterdam).DateTime);
    }

    private static DateTime ToAmsterdam(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Amsterdam);
}
