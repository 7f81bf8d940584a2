using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using PmgBot.Core.Text;

namespace PmgBot.Core.Features.Register.Matching;

/// <summary>
/// Brings Dutch names (and the names common in Limburg: Moroccan, Turkish, Surinamese, Polish, German, Belgian) into
/// one canonical form, so that the register can be searched and reports matched regardless of how a name was typed.
/// </summary>
/// <remarks>
/// <para>Text rules (<see cref="NormalizeToken"/>): what is not valid text removed (lone surrogates, non-characters:
/// <see cref="UnicodeText.RemoveInvalid"/>); lower case; diacritics removed (é→e, ë→e, ï→i, ç→c, ö→o, ı→i,
/// ş→s); ø→o, ł→l, đ/ð→d, ß→ss, æ→ae, œ→oe, þ→th; the ligature ĳ becomes "ij" (typed "ij" stays "ij");
/// apostrophes removed, except that "d'" and "l'" at the start of a word are split off as the particles "d" and "l"
/// ("d'Ancona" → "d ancona"); every other punctuation mark or symbol is a word break; whitespace is collapsed to
/// one space; hyphens (and en/em dashes) are kept as '-' without spaces around them.</para>
/// <para>Surname rules (<see cref="Normalize"/>): the tussenvoegsel and the surname are read as one text
/// (tussenvoegsel first), so particles may be in either field. "Berg, van der" (sorted-list form) is read as
/// "van der Berg". The text is split into parts at hyphens and at particles that stand between two other words
/// ("Jansen de Vries" and "Jansen-de Vries" are the same double surname). Each part loses its leading particles;
/// a part that is only particles and is followed by another part is dropped ("'s-Gravesande" → "gravesande",
/// "El-Amrani" → "amrani"). The remaining parts are joined by '-' in the order given: "Jansen-de Vries",
/// "Jansen - De Vries" and "jansen de vries" all become "jansen-vries". Particles after the last surname word are
/// kept ("Nguyen Le" stays "nguyen le"). A surname that is only particles ("De") is kept as it is.</para>
/// <para>Particles are ignored for matching: "de Vries" and "van Vries" have the same normalised surname.</para>
/// </remarks>
public static class DutchNameNormalizer
{
    /// <summary>Normalises a reported or registered name (see the class remarks for the rules).</summary>
    public static NormalizedName Normalize(PersonName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var first = NormalizeToken(name.FirstName ?? string.Empty);
        var surnameText = NormalizeSurnameText(name.Tussenvoegsel, name.LastName ?? string.Empty);
        var (last, particles) = SplitSurname(surnameText);
        return new NormalizedName(first, last, particles);
    }

    /// <summary>
    /// Normalises a piece of text (a first name, a surname, a particle): lower case, no diacritics, no apostrophes,
    /// punctuation as word breaks, single spaces, hyphens without spaces around them. See the class remarks.
    /// </summary>
    public static string NormalizeToken(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            return string.Empty;
        }

        var decomposed = UnicodeText.Normalize(value, NormalizationForm.FormD);
        var output = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.Format)
            {
                continue;
            }

            if (IsApostrophe(c))
            {
                if (IsElidedParticle(output) && i + 1 < decomposed.Length && char.IsLetter(decomposed[i + 1]))
                {
                    pendingSpace = true;
                }

                continue;
            }

            if (IsHyphen(c))
            {
                AppendHyphen(output);
                pendingSpace = false;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace && output.Length > 0 && output[^1] != '-')
            {
                output.Append(' ');
            }

            pendingSpace = false;
            AppendFolded(output, c);
        }

        if (output.Length > 0 && output[^1] == '-')
        {
            output.Length--;
        }

        return output.ToString();
    }

    /// <summary>
    /// Splits a free-text full name into first name, tussenvoegsel and surname: "Jan de Vries" → ("Jan", "de",
    /// "Vries"), "Jan-Willem van der Berg" → ("Jan-Willem", "van der", "Berg"), "Sanne Jansen-de Vries" →
    /// ("Sanne", null, "Jansen-de Vries"). The first word is the first name (a hyphenated first name is one word);
    /// the particles that follow it form the tussenvoegsel; the rest is the surname. Spaces around hyphens are
    /// removed. The sorted-list form "Vries, Jan de" / "Vries, Jan Peter" is also read: everything after the comma
    /// except trailing particles is the first name. The parts keep the spelling typed (trimmed); normalise them with
    /// <see cref="Normalize"/>.
    /// </summary>
    /// <returns>False for empty or whitespace-only text, and for text without both a first name and a surname.</returns>
    public static bool TryParseFullName(string? text, [NotNullWhen(true)] out PersonName? name)
    {
        name = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var cleaned = CollapseSpacing(text);
        var comma = cleaned.IndexOf(',', StringComparison.Ordinal);
        return comma >= 0
            ? TryParseSortedForm(cleaned[..comma].Trim(), cleaned[(comma + 1)..].Trim(), out name)
            : TryParseNaturalForm(cleaned, out name);
    }

    private static bool TryParseNaturalForm(string text, [NotNullWhen(true)] out PersonName? name)
    {
        name = null;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return false;
        }

        var index = 1;
        while (index < words.Length - 1 && NameParticles.AreAllParticles(NormalizeToken(words[index])))
        {
            index++;
        }

        var tussenvoegsel = index > 1 ? string.Join(' ', words[1..index]) : null;
        name = new PersonName(words[0], tussenvoegsel, string.Join(' ', words[index..]));
        return true;
    }

    private static bool TryParseSortedForm(string surname, string rest, [NotNullWhen(true)] out PersonName? name)
    {
        name = null;
        if (surname.Length == 0 || rest.Length == 0 || rest.Contains(',', StringComparison.Ordinal))
        {
            return false;
        }

        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = words.Length;
        while (end > 1 && NameParticles.AreAllParticles(NormalizeToken(words[end - 1])))
        {
            end--;
        }

        var tussenvoegsel = end < words.Length ? string.Join(' ', words[end..]) : null;
        name = new PersonName(string.Join(' ', words[..end]), tussenvoegsel, surname);
        return true;
    }

    private static string NormalizeSurnameText(string? tussenvoegsel, string lastName)
    {
        var comma = lastName.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0)
        {
            var afterComma = NormalizeToken(lastName[(comma + 1)..]);
            if (NameParticles.AreAllParticles(afterComma))
            {
                lastName = afterComma + " " + lastName[..comma];
            }
        }

        return NormalizeToken(string.IsNullOrWhiteSpace(tussenvoegsel) ? lastName : tussenvoegsel + " " + lastName);
    }

    private static (string Last, string Particles) SplitSurname(string surname)
    {
        if (surname.Length == 0 || NameParticles.AreAllParticles(surname.Replace('-', ' ')))
        {
            return (surname, string.Empty);
        }

        var parts = new List<string>();
        var removed = new List<string>();
        var segments = surname.Split('-');
        for (var s = 0; s < segments.Length; s++)
        {
            var words = segments[s].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var current = new List<string>();
            var run = new List<string>();
            foreach (var word in words)
            {
                if (NameParticles.IsParticle(word))
                {
                    run.Add(word);
                    continue;
                }

                if (run.Count > 0 && current.Count > 0)
                {
                    parts.Add(string.Join(' ', current));
                    current.Clear();
                }

                removed.AddRange(run);
                run.Clear();
                current.Add(word);
            }

            var isLastSegment = s == segments.Length - 1;
            if (current.Count > 0)
            {
                // Particles after the last word of a part stay with it ("Nguyen Le").
                current.AddRange(run);
                parts.Add(string.Join(' ', current));
            }
            else if (isLastSegment && parts.Count > 0)
            {
                parts.Add(string.Join(' ', run));
            }
            else
            {
                removed.AddRange(run);
            }
        }

        return (string.Join('-', parts), string.Join(' ', removed));
    }

    private static string CollapseSpacing(string text)
    {
        var output = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (IsHyphen(c))
            {
                while (output.Length > 0 && output[^1] == ' ')
                {
                    output.Length--;
                }

                output.Append('-');
                pendingSpace = false;
                continue;
            }

            if (pendingSpace && output.Length > 0 && output[^1] != '-')
            {
                output.Append(' ');
            }

            pendingSpace = false;
            output.Append(c);
        }

        return output.ToString();
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`' or '\u00B4' or '\u02BC' or '\u02BB';

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212';

    /// <summary>True when the output ends with a lone "d" or "l" at the start of a word, as in "d'Ancona" or "l'Ami".</summary>
    private static bool IsElidedParticle(StringBuilder output) =>
        output.Length > 0
        && output[^1] is 'd' or 'l'
        && (output.Length == 1 || output[^2] is ' ' or '-');

    private static void AppendHyphen(StringBuilder output)
    {
        while (output.Length > 0 && output[^1] == ' ')
        {
            output.Length--;
        }

        if (output.Length > 0 && output[^1] != '-')
        {
            output.Append('-');
        }
    }

    private static void AppendFolded(StringBuilder output, char c)
    {
        switch (c)
        {
            case 'ß' or 'ẞ':
                output.Append("ss");
                break;
            case 'ø' or 'Ø':
                output.Append('o');
                break;
            case 'ł' or 'Ł' or 'ŀ' or 'Ŀ':
                output.Append('l');
                break;
            case 'đ' or 'Đ' or 'ð' or 'Ð':
                output.Append('d');
                break;
            case 'ı':
                output.Append('i');
                break;
            case 'æ' or 'Æ':
                output.Append("ae");
                break;
            case 'œ' or 'Œ':
                output.Append("oe");
                break;
            case 'þ' or 'Þ':
                output.Append("th");
                break;
            case 'ĳ' or 'Ĳ':
                output.Append("ij");
                break;
            default:
                output.Append(char.ToLowerInvariant(c));
                break;
        }
    }
}
