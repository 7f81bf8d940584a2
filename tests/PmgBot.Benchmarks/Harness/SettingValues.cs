using System.Globalization;

namespace PmgBot.Benchmarks.Harness;

/// <summary>Parses the benchmarks' environment settings; a wrong value throws <see cref="ArgumentException"/> naming the setting.</summary>
internal static class SettingValues
{
    /// <summary>Whole seconds, written <c>10</c> or <c>10s</c> like wrk's -d.</summary>
    public static TimeSpan Seconds(string? value, int fallback, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return TimeSpan.FromSeconds(fallback);
        }

        var digits = value.Trim().TrimEnd('s');
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : throw new ArgumentException($"{name} must be whole seconds such as {fallback}s; got '{value}'.");
    }

    public static int Number(string? value, int fallback, string name) =>
        string.IsNullOrWhiteSpace(value) ? fallback
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n
        : throw new ArgumentException($"{name} must be a positive whole number; got '{value}'.");
}
