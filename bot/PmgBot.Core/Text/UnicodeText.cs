using System.Text;

namespace PmgBot.Core.Text;

/// <summary>
/// Makes user text safe for the framework's Unicode operations. <see cref="string.Normalize(NormalizationForm)"/>
/// throws on a lone surrogate and on the non-character U+FFFE; untrusted text (a typed message, a card input) may hold
/// either. <see cref="Normalize"/> removes what is not valid text first and never throws.
/// </summary>
public static class UnicodeText
{
    /// <summary>True when the text is valid UTF-16: every surrogate is part of a pair.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> text)
    {
        var index = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (index >= 0)
        {
            if (!char.IsHighSurrogate(text[index]) || index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]))
            {
                return false;
            }

            text = text[(index + 2)..];
            index = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        }

        return true;
    }

    /// <summary>
    /// The text without lone surrogates and without Unicode non-characters (U+FDD0–U+FDEF and the last two code points
    /// of every plane, U+FFFE, U+FFFF, U+1FFFE …): what no keyboard types and no text should carry. The same instance
    /// when there is nothing to remove.
    /// </summary>
    public static string RemoveInvalid(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsWellFormed(text) && !HasNonCharacter(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var consumed) == System.Buffers.OperationStatus.Done && !IsNonCharacter(rune.Value))
            {
                builder.Append(rest[..consumed]);
            }

            rest = rest[consumed..];
        }

        return builder.Length == text.Length ? text : builder.ToString();
    }

    /// <summary><see cref="string.Normalize(NormalizationForm)"/> of the text after <see cref="RemoveInvalid"/>; never throws.</summary>
    public static string Normalize(string text, NormalizationForm form) => RemoveInvalid(text).Normalize(form);

    /// <summary>True for the 66 non-characters of Unicode.</summary>
    public static bool IsNonCharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    private static bool HasNonCharacter(ReadOnlySpan<char> text)
    {
        // BMP non-characters are single chars; a supplementary one is a pair whose low surrogate is U+DFFE or U+DFFF.
        foreach (var c in text)
        {
            if (c is >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF' or '\uDFFE' or '\uDFFF')
            {
                return true;
            }
        }

        return false;
    }
}
