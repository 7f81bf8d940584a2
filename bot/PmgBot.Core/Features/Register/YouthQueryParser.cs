using System.Globalization;
using System.Text.RegularExpressions;
using PmgBot.Core.Features.Register.Matching;

namespace PmgBot.Core.Features.Register;

/// <summary>
/// Reads "Jan de Vries (12-03-2010)", "Jan de Vries 12/3/2010", "Vries, Jan de, 12-03-2010" or "Jan de Vries" (the
/// text after a lookup command), and the two fields of the search card, into a <see cref="YouthQuery"/>. Dates: day,
/// month and a four-digit year separated by '-', '/' or '.' (d-m-yyyy, dd-mm-yyyy, d/m/yyyy), optionally in
/// parentheses or after "geboren"/"geb."; the card's date input also sends yyyy-MM-dd. Names: see
/// <see cref="DutchNameNormalizer.TryParseFullName"/> (first name, particles, surname).
/// </summary>
public static partial class YouthQueryParser
{
    public const int MaxNameLength = 150;

    // The messages, in the turn's language (RegisterTexts).
    public static string NameMissing => RegisterTexts.NameMissing;

    public static string NameIncomplete => RegisterTexts.NameIncomplete;

    public static string NameTooLong => RegisterTexts.NameTooLong;

    public static string DateUnclear => RegisterTexts.DateUnclear;

    public static string DateNotExisting => RegisterTexts.DateNotExisting;

    public static string DateInFuture => RegisterTexts.DateInFuture;

    public static string DateTwice => RegisterTexts.DateTwice;

    private const int EarliestYear = 1900;

    /// <summary>Parses the free text after a lookup command. <paramref name="today"/> is the date in Europe/Amsterdam.</summary>
    public static YouthQuery Parse(string? text, DateOnly today)
    {
        var remaining = (text ?? string.Empty).Trim();
        var dates = DatePattern().Matches(remaining);
        string dateText = string.Empty;
        DateOnly? date = null;
        string? dateError = null;
        if (dates.Count > 1)
        {
            dateText = string.Join(' ', dates.Select(m => m.Groups["date"].Value));
            dateError = DateTwice;
        }
        else if (dates.Count == 1)
        {
            dateText = dates[0].Groups["date"].Value;
            dateError = CheckDate(dateText, today, out date);
        }

        var nameText = TrimName(DatePattern().Replace(remaining, " "));
        if (dateError is null && nameText.Any(char.IsDigit))
        {
            // Digits that do not form a date: keep them out of the name, ask for the date again.
            dateText = string.Join(' ', nameText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsDigit)));
            dateError = DateUnclear;
            nameText = TrimName(string.Join(' ', nameText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.Any(char.IsDigit))));
            date = null;
        }

        return WithName(nameText, nameText, dateText, date, dateError);
    }

    /// <summary>Parses the search card's inputs: a name and a date of birth (yyyy-MM-dd from the date input, or typed as d-m-yyyy).</summary>
    public static YouthQuery FromCard(string? name, string? dateOfBirth, DateOnly today)
    {
        // The card keeps the input as typed (only trimmed); the name is read from its tidied form.
        var nameText = (name ?? string.Empty).Trim();
        var dateText = (dateOfBirth ?? string.Empty).Trim();
        DateOnly? date = null;
        var dateError = dateText.Length == 0 ? null : CheckDate(dateText, today, out date);
        return WithName(nameText, TrimName(nameText), dateText, date, dateError);
    }

    /// <summary>Reads d-m-yyyy, dd-mm-yyyy, d/m/yyyy, d.m.yyyy or yyyy-MM-dd into a date that exists (any year from 1900).</summary>
    public static bool TryParseDate(string? text, out DateOnly date)
    {
        date = default;
        var match = text is null ? null : WholeDatePattern().Match(text.Trim());
        if (match is null || !match.Success)
        {
            return false;
        }

        var parts = new[] { match.Groups["a"].Value, match.Groups["b"].Value, match.Groups["c"].Value };
        int year, month, day;
        if (parts[0].Length == 4 && parts[2].Length <= 2)
        {
            (year, month, day) = (Number(parts[0]), Number(parts[1]), Number(parts[2]));
        }
        else if (parts[2].Length == 4 && parts[0].Length <= 2)
        {
            (day, month, year) = (Number(parts[0]), Number(parts[1]), Number(parts[2]));
        }
        else
        {
            return false;
        }

        if (year < EarliestYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static YouthQuery WithName(string nameText, string parseText, string dateText, DateOnly? date, string? dateError)
    {
        PersonName? name = null;
        string? nameError;
        if (parseText.Length == 0)
        {
            nameError = NameMissing;
        }
        else if (parseText.Length > MaxNameLength)
        {
            nameError = NameTooLong;
        }
        else if (DutchNameNormalizer.TryParseFullName(parseText, out var parsed)
            && DutchNameNormalizer.Normalize(parsed) is { First.Length: > 0, Last.Length: > 0 })
        {
            name = parsed;
            nameError = null;
        }
        else
        {
            nameError = NameIncomplete;
        }

        return new YouthQuery(nameText, name, dateText, dateError is null ? date : null, nameError, dateError);
    }

    private static string? CheckDate(string dateText, DateOnly today, out DateOnly? date)
    {
        date = null;
        if (!WholeDatePattern().IsMatch(dateText))
        {
            return DateUnclear;
        }

        if (!TryParseDate(dateText, out var parsed))
        {
            return DateNotExisting;
        }

        if (parsed > today)
        {
            return DateInFuture;
        }

        date = parsed;
        return null;
    }

    private static string TrimName(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Trim(' ', ',', ';', ':', '(', ')', '?', '!', '.');

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>A date inside free text, with an optional comma before it, optional parentheses and "geboren"/"geb.".</summary>
    [GeneratedRegex(@"[,;]?\s*\(?\s*(?:geb(?:oren)?\.?:?\s*)?(?<date>\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b)\s*\)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?<a>\d{1,4})[-/.](?<b>\d{1,2})[-/.](?<c>\d{1,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeDatePattern();
}
