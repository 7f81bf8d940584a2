using System.Text;
using PmgBot.Core.Text;

namespace PmgBot.Tests.Text;

/// <summary>Normalisation of untrusted text is total: what is not valid text is removed first, nothing throws.</summary>
public sealed class UnicodeTextTests
{
    /// <summary>Input → expected output of <see cref="UnicodeText.RemoveInvalid"/> (by name: the data holds lone surrogates).</summary>
    private static readonly Dictionary<string, (string Text, string Expected)> RemoveCases = new()
    {
        ["plain"] = ("help", "help"),
        ["empty"] = ("", ""),
        ["U+FFFE inside"] = ("he\uFFFElp", "help"),
        ["U+FFFF at the end"] = ("help\uFFFF", "help"),
        ["U+FDD0 and U+FDEF"] = ("\uFDD0a\uFDEFb", "ab"),
        ["U+1FFFE (plane 1)"] = ("a\U0001FFFEb", "ab"),
        ["U+10FFFF (last code point)"] = ("a\U0010FFFFb", "ab"),
        ["lone high surrogate"] = ("\uD800help", "help"),
        ["lone low surrogate"] = ("help\uDC00", "help"),
        ["swapped pair"] = ("a\uDE00\uD83Db", "ab"),
        ["high surrogate at the end"] = ("ab\uDBFF", "ab"),
        ["emoji kept"] = ("ok \U0001F600", "ok \U0001F600"),
        ["U+103FE kept (low surrogate U+DFFE, not a non-character)"] = ("\U000103FE", "\U000103FE"),
        ["diacritics kept"] = ("Zoë Çelik", "Zoë Çelik"),
        ["U+FFFD kept"] = ("a\uFFFDb", "a\uFFFDb"),
    };

    public static TheoryData<string> RemoveCaseNames => new(RemoveCases.Keys);

    [Theory]
    [MemberData(nameof(RemoveCaseNames))]
    public void RemoveInvalid_Text_LoneSurrogatesAndNonCharactersRemoved(string name)
    {
        var (text, expected) = RemoveCases[name];

        var cleaned = UnicodeText.RemoveInvalid(text);

        Assert.Equal(expected, cleaned);
        Assert.True(UnicodeText.IsWellFormed(cleaned));
        if (text == expected)
        {
            Assert.Same(text, cleaned);
        }
    }

    [Theory]
    [MemberData(nameof(RemoveCaseNames))]
    public void Normalize_Text_SameAsFrameworkAfterRemoval(string name)
    {
        var (text, expected) = RemoveCases[name];

        Assert.Equal(expected.Normalize(NormalizationForm.FormD), UnicodeText.Normalize(text, NormalizationForm.FormD));
    }

    [Theory]
    [InlineData(NormalizationForm.FormC)]
    [InlineData(NormalizationForm.FormD)]
    [InlineData(NormalizationForm.FormKC)]
    [InlineData(NormalizationForm.FormKD)]
    public void Normalize_EveryCodePointAndEveryLoneSurrogate_NeverThrows(NormalizationForm form)
    {
        var batch = new StringBuilder();
        for (var codePoint = 0; codePoint <= 0x10FFFF; codePoint++)
        {
            // Lone surrogates as chars; every other code point as its UTF-16 form; "a" between them so no two pair up.
            batch.Append(codePoint is >= 0xD800 and <= 0xDFFF ? ((char)codePoint).ToString() : char.ConvertFromUtf32(codePoint)).Append('a');
            if (batch.Length >= 4096 || codePoint == 0x10FFFF)
            {
                var text = batch.ToString();
                var normalized = UnicodeText.Normalize(text, form);
                Assert.True(UnicodeText.IsWellFormed(normalized));
                batch.Clear();
            }
        }
    }

    [Theory]
    [InlineData(0xFFFE, true)]
    [InlineData(0xFFFF, true)]
    [InlineData(0xFDD0, true)]
    [InlineData(0xFDEF, true)]
    [InlineData(0x10FFFE, true)]
    [InlineData(0x2FFFF, true)]
    [InlineData(0xFDCF, false)]
    [InlineData(0xFDF0, false)]
    [InlineData(0xFFFD, false)]
    [InlineData(0x103FE, false)]
    [InlineData(0x41, false)]
    public void IsNonCharacter_CodePoint_Result(int codePoint, bool expected) =>
        Assert.Equal(expected, UnicodeText.IsNonCharacter(codePoint));

    [Fact]
    public void IsWellFormed_PairsAndLoneSurrogates_OnlyPairsAreWellFormed()
    {
        Assert.True(UnicodeText.IsWellFormed("a\uD83D\uDE00b"));
        Assert.True(UnicodeText.IsWellFormed(""));
        Assert.False(UnicodeText.IsWellFormed("a\uD83D"));
        Assert.False(UnicodeText.IsWellFormed("\uDE00a"));
        Assert.False(UnicodeText.IsWellFormed("\uD83D\uDE00\uDE00"));
    }
}
