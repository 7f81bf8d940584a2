using System.Globalization;

namespace PmgBot.Core.Register.Reports;

/// <summary>Dates as Dutch users read them: Europe/Amsterdam, Dutch names ("dinsdag 1 december 2026").</summary>
public static class AmsterdamTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(ToLocal(time.GetUtcNow().UtcDateTime));
    }

    /// <summary>"dinsdag 1 december 2026".</summary>
    public static string LongDate(DateTime utc) => ToLocal(utc).ToString("dddd d MMMM yyyy", Dutch);

    /// <summary>"dinsdag 1 december 2026 om 14:00".</summary>
    public static string LongDateTime(DateTime utc) => ToLocal(utc).ToString("dddd d MMMM yyyy 'om' HH:mm", Dutch);

    /// <summary>"22-11-2026".</summary>
    public static string ShortDate(DateTime utc) => ToLocal(utc).ToString("dd-MM-yyyy", Dutch);
}
