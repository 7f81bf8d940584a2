namespace PmgBot.Core.Text;

/// <summary>
/// Text that comes from outside (ids of an activity, card inputs) and goes into the database. PostgreSQL refuses
/// U+0000 in text and a value longer than its <c>varchar</c> column (SQLite takes both, so only PostgreSQL fails):
/// check with <see cref="Fits"/> before storing, or <see cref="Cut"/> what may be shortened (audit columns).
/// </summary>
public static class StoredText
{
    /// <summary>True when the value (null fits) holds no U+0000 and is at most <paramref name="maxLength"/> chars (no limit when null).</summary>
    public static bool Fits(string? value, int? maxLength) =>
        value is null || (!value.Contains('\0', StringComparison.Ordinal) && (maxLength is not { } max || value.Length <= max));

    /// <summary>The value without U+0000, cut to <paramref name="maxLength"/> chars without splitting a surrogate pair.</summary>
    public static string? Cut(string? value, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (value is null)
        {
            return null;
        }

        var text = value.Contains('\0', StringComparison.Ordinal) ? value.Replace("\0", "", StringComparison.Ordinal) : value;
        if (text.Length <= maxLength)
        {
            return text;
        }

        var end = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return text[..end];
    }
}
