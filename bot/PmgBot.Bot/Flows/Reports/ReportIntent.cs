using System.Globalization;
using System.Text;
using PmgBot.Core.Text;

namespace PmgBot.Bot.Flows.Reports;

/// <summary>
/// Recognises natural Dutch phrasing of "I want to report a concern" in text that no command matched
/// ("ik maak me zorgen over een leerling", "ik heb een signaal"). The text is normalised (lower case, no diacritics,
/// punctuation as spaces) and matches when it contains one of <see cref="Phrases"/> as whole words and none of
/// <see cref="Negations"/>. A table, not a language model: add phrases here, with a test.
/// </summary>
public static class ReportIntent
{
    public static readonly IReadOnlyList<string> Phrases =
    [
        "zorgen over", "zorgen om", "zorg over", "zorg om",
        "maak me zorgen", "maak mij zorgen", "maak ik me zorgen", "maak me grote zorgen", "maak me ernstige zorgen",
        "een zorg", "zorg melden", "zorgen melden", "zorg doorgeven", "zorg delen",
        "zorgmelding", "zorgsignaal", "veiligheidssignaal",
        "een signaal", "signaal melden", "signaal doorgeven", "signaal afgeven",
        "iets melden", "wil melden", "melding maken", "melding doen", "nieuwe melding",
        "bezorgd over", "bezorgd om", "ongerust over", "ongerust om",
        "zorgelijk", "zorgelijke", "verontrustend", "verontrustende", "niet pluis",
    ];

    /// <summary>Phrases that say the opposite ("maak je geen zorgen"); any of them and nothing matches.</summary>
    public static readonly IReadOnlyList<string> Negations =
    [
        "geen zorg", "geen zorgen", "geen signaal", "geen melding",
    ];

    public static bool Matches(string? text)
    {
        var normalised = Normalise(text);
        if (normalised.Length <= 2)
        {
            return false;
        }

        return Phrases.Any(p => normalised.Contains(" " + p + " ", StringComparison.Ordinal))
            && !Negations.Any(n => normalised.Contains(" " + n + " ", StringComparison.Ordinal));
    }

    /// <summary>
    /// Lower case, diacritics removed, every non-letter a space, single spaces, one space before and after. Text that is
    /// not valid (lone surrogates, non-characters) is removed first (<see cref="UnicodeText.Normalize"/>): never throws.
    /// </summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return " ";
        }

        var builder = new StringBuilder(text.Length + 2).Append(' ');
        foreach (var c in UnicodeText.Normalize(text, NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsLetter(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        if (builder[^1] != ' ')
        {
            builder.Append(' ');
        }

        return builder.ToString();
    }
}
