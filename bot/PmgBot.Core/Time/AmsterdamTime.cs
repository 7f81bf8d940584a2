using System.Globalization;

namespace PmgBot.Core.Time;

/// <summary>
/// THE way dates are shown to Dutch users: stored in UTC, shown in Europe/Amsterdam with Dutch names
/// ("dinsdag 1 december 2026"). Every card and message uses these, so summer and winter time are handled once.
/// </summary>
public static class AmsterdamTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The UTC moment of a wall-clock time in Amsterdam.</summary>
    public static DateTime ToUtc(DateOnly date, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time, DateTimeKind.Unspecified), Zone);

    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(ToLocal(time.GetUtcNow().UtcDateTime));
    }

    /// <summary>"dinsdag 1 december 2026".</summary>
    public static string LongDate(DateTime utc) => ToLocal(utc).ToString("dddd d MMMM yyyy", Dutch);

    /// <summary>"dinsdag 1 december 2026 om 14:00".</summary>
    public static string LongDateTime(DateTime utc) => ToLocal(utc).ToString("dddd d MMMM yyyy 'om' HH:mm", Dutch);

    /// <summary>"1 december 2026" (the Amsterdam date of a UTC moment, without the weekday).</summary>
    public static string DayMonthYear(DateTime utc) => ToLocal(utc).ToString("d MMMM yyyy", Dutch);

    /// <summary>"22-11-2026".</summary>
    public static string ShortDate(DateTime utc) => ToLocal(utc).ToString("dd-MM-yyyy", Dutch);

    /// <summary>"22-11-2026 14:05".</summary>
    public static string ShortDateTime(DateTime utc) => ToLocal(utc).ToString("dd-MM-yyyy HH:mm", Dutch);

    /// <summary>A calendar date without a time zone, e.g. a date of birth: "12 maart 2010".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);
}
