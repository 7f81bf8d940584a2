using System.Collections.Frozen;

namespace PmgBot.Core.Features.Register.Matching;

/// <summary>
/// The words that make up Dutch (and neighbouring) surname particles, in normalised form. Particles are matched word
/// by word, so any combination ("van der", "in 't", "uit den", "van van de") is recognised. Besides the Dutch words the
/// list has the German, Romance and Arabic articles that occur in Limburg ("von der", "d'", "da", "dos", "el", "al"),
/// but not the Arabic "ben"/"bin"/"abu": those mean "son/father of" and belong to the surname.
/// </summary>
internal static class NameParticles
{
    private static readonly FrozenSet<string> Words = FrozenSet.Create(
        StringComparer.Ordinal,
        // Dutch
        "van", "der", "den", "de", "het", "t", "s", "ter", "ten", "te", "in", "op", "uit", "uijt", "aan", "bij",
        "voor", "over", "tot", "toe",
        // German
        "von", "vom", "dem", "zu", "zum", "zur", "auf", "aus", "im", "am",
        // French, Italian, Spanish, Portuguese (d' and l' become "d" and "l" after normalisation)
        "d", "l", "le", "la", "les", "du", "des", "di", "da", "del", "della", "dos", "das", "do", "lo",
        // Arabic articles
        "el", "al");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the normalised word is a particle word.</summary>
    public static bool IsParticle(ReadOnlySpan<char> normalizedWord) => SpanLookup.Contains(normalizedWord);

    /// <summary>True when the normalised text is non-empty and each of its space-separated words is a particle.</summary>
    public static bool AreAllParticles(string normalizedText)
    {
        if (normalizedText.Length == 0)
        {
            return false;
        }

        foreach (var range in normalizedText.AsSpan().Split(' '))
        {
            var word = normalizedText.AsSpan()[range];
            if (word.Length > 0 && !IsParticle(word))
            {
                return false;
            }
        }

        return true;
    }
}
