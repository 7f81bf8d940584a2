using PmgBot.Core.Text;

namespace PmgBot.Tests.Text;

/// <summary>Text for the database: U+0000 and over-long values are caught before PostgreSQL refuses them.</summary>
public sealed class StoredTextTests
{
    /// <summary>Value, column size (null: none) → fits.</summary>
    private static readonly Dictionary<string, (string? Value, int? Max, bool Fits)> FitsCases = new()
    {
        ["null"] = (null, 5, true),
        ["shorter"] = ("abc", 5, true),
        ["exactly the size"] = ("abcde", 5, true),
        ["one too long"] = ("abcdef", 5, false),
        ["NUL"] = ("a\0b", 5, false),
        ["NUL without a size"] = ("\0", null, false),
        ["long without a size"] = (new string('x', 10_000), null, true),
    };

    public static TheoryData<string> FitsCaseNames => new(FitsCases.Keys);

    [Theory]
    [MemberData(nameof(FitsCaseNames))]
    public void Fits_Value_TrueOnlyWithoutNulAndWithinTheSize(string name)
    {
        var (value, max, fits) = FitsCases[name];

        Assert.Equal(fits, StoredText.Fits(value, max));
    }

    /// <summary>Value, size → cut value.</summary>
    private static readonly Dictionary<string, (string? Value, int Max, string? Expected)> CutCases = new()
    {
        ["null"] = (null, 5, null),
        ["short"] = ("abc", 5, "abc"),
        ["long"] = ("abcdefgh", 5, "abcde"),
        ["NUL removed before cutting"] = ("a\0b\0cdef", 4, "abcd"),
        ["pair at the end kept whole"] = ("abc\U0001F600", 5, "abc\U0001F600"),
        ["pair across the end left out"] = ("abcd\U0001F600", 5, "abcd"),
    };

    public static TheoryData<string> CutCaseNames => new(CutCases.Keys);

    [Theory]
    [MemberData(nameof(CutCaseNames))]
    public void Cut_Value_WithoutNulWithinTheSizeNeverHalfAPair(string name)
    {
        var (value, max, expected) = CutCases[name];

        var cut = StoredText.Cut(value, max);

        Assert.Equal(expected, cut);
        Assert.True(cut is null || (StoredText.Fits(cut, max) && UnicodeText.IsWellFormed(cut)));
    }
}
