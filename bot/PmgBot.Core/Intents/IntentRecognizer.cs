using System.Globalization;

namespace PmgBot.Core.Intents;

/// <summary>
/// A small, explainable recogniser of what a typed message asks for. Every phrase of the Dutch and English tables
/// whose words all occur in the message (in any order, one typo allowed per short word and two per long one) scores
/// its letters; a phrase right after a negation in the same clause ("geen melding", "niks melden") counts for a
/// quarter; the intent of the best phrase wins, and intents scoring close to it are offered as "Bedoel je …?". A name
/// with a date of birth and nothing else is a lookup. No model, no training: add a phrase to the table, with a line in
/// the corpus test.
/// </summary>
public sealed class IntentRecognizer
{
    /// <summary>The least a message must score to mean anything (a three-letter command word, or a greeting).</summary>
    public const int MinimumScore = 2;

    /// <summary>Another intent within this share of the best is close enough to ask which one was meant.</summary>
    public const double CloseShare = 0.85;

    private const double NegatedShare = 0.25;
    private const int NegationReach = 3;

    private static readonly IReadOnlyList<IntentPhrase> Phrases = [.. DutchPhrases.All, .. EnglishPhrases.All];
    private static readonly HashSet<string> Negations = [.. DutchPhrases.Negations, .. EnglishPhrases.Negations];
    private static readonly HashSet<string> Fillers = [.. DutchPhrases.Fillers, .. EnglishPhrases.Fillers];
    private static readonly HashSet<string> Vocabulary = [.. Phrases.SelectMany(p => p.Words)];
    private static readonly string[] DutchMonths =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    public IntentMatch Recognize(string? text)
    {
        var words = SplitCompounds(MessageWords.Of(text).Words);
        var (date, dateWords) = FindDate(words);
        var best = new Dictionary<Intent, (double Score, IReadOnlySet<int> Used)>();
        foreach (var phrase in Phrases)
        {
            if (Match(phrase, words, dateWords) is not { } used)
            {
                continue;
            }

            var score = IsNegated(words, used) ? phrase.Weight * NegatedShare : phrase.Weight;
            if (!best.TryGetValue(phrase.Intent, out var current) || score > current.Score)
            {
                best[phrase.Intent] = (score, used);
            }
        }

        var remainder = Remainder(words, dateWords, best.Values.SelectMany(v => v.Used).ToHashSet());
        if (date is not null && remainder.Count > 0 && !best.ContainsKey(Intent.Lookup))
        {
            // A name with a date of birth: as strong as asking for the casusregisseur outright.
            best[Intent.Lookup] = ("casusregisseur".Length, new HashSet<int>());
        }

        if (best.Count == 0)
        {
            return IntentMatch.Nothing with { Remainder = remainder };
        }

        var ranked = best.OrderByDescending(b => b.Value.Score).ThenBy(b => b.Key).ToList();
        var (intent, (top, topUsed)) = (ranked[0].Key, ranked[0].Value);
        if (top < MinimumScore)
        {
            return IntentMatch.Nothing with { Remainder = remainder };
        }

        var close = ranked.Skip(1).Where(r => r.Value.Score >= top * CloseShare && r.Value.Score >= MinimumScore).Select(r => r.Key).ToList();
        return new IntentMatch(intent, close, Remainder(words, dateWords, topUsed), date);
    }

    /// <summary>Positions of the message words that make up the phrase (each used once), or null when a word is missing.</summary>
    private static HashSet<int>? Match(IntentPhrase phrase, IReadOnlyList<MessageWord> words, IReadOnlySet<int> dateWords)
    {
        var used = new HashSet<int>();
        foreach (var wanted in phrase.Words)
        {
            var found = -1;
            for (var i = 0; i < words.Count && found < 0; i++)
            {
                if (!used.Contains(i) && !dateWords.Contains(i) && string.Equals(words[i].Plain, wanted, StringComparison.Ordinal))
                {
                    found = i;
                }
            }

            for (var i = 0; i < words.Count && found < 0; i++)
            {
                if (!used.Contains(i) && !dateWords.Contains(i) && TypoTolerance.Matches(words[i].Plain, wanted))
                {
                    found = i;
                }
            }

            if (found < 0)
            {
                return null;
            }

            used.Add(found);
        }

        return used;
    }

    /// <summary>A negation before the phrase's first word, in the same clause and at most a few words away.</summary>
    private static bool IsNegated(IReadOnlyList<MessageWord> words, IReadOnlySet<int> used)
    {
        var first = used.Min();
        for (var i = first - 1; i >= 0 && i >= first - NegationReach; i--)
        {
            if (words[i].Clause != words[first].Clause)
            {
                return false;
            }

            if (Negations.Contains(words[i].Plain) && !used.Contains(i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Typed words that neither the phrase, a date nor a filler used: a youth's name, for a lookup.</summary>
    private static List<string> Remainder(IReadOnlyList<MessageWord> words, IReadOnlySet<int> dateWords, IReadOnlySet<int> used)
    {
        var kept = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            if (used.Contains(i) || dateWords.Contains(i) || Negations.Contains(words[i].Plain) || Vocabulary.Contains(words[i].Plain))
            {
                continue;
            }

            // Fillers only before the name starts: "van" and "de" inside "Jan van de Berg" stay.
            if (kept.Count == 0 && Fillers.Contains(words[i].Plain))
            {
                continue;
            }

            kept.Add(words[i].Typed);
        }

        while (kept.Count > 0 && Fillers.Contains(kept[^1].ToLowerInvariant()))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return kept;
    }

    /// <summary>A date of birth as dd-MM-yyyy (typed 12-03-2010, 12/3/2010, 2010-03-12, 12.03.2010 or "12 maart 2010") and its word positions.</summary>
    private static (string? Date, HashSet<int> Words) FindDate(IReadOnlyList<MessageWord> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var plain = words[i].Plain;
            var parts = plain.Split('-', '/', '.');
            if (parts.Length == 3 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)))
            {
                var (day, month, year) = parts[0].Length == 4 ? (parts[2], parts[1], parts[0]) : (parts[0], parts[1], parts[2]);
                return (Format(day, month, year), [i]);
            }

            if (i + 2 < words.Count && plain.All(char.IsAsciiDigit) && plain.Length <= 2
                && Array.IndexOf(DutchMonths, words[i + 1].Plain) is var m and >= 0
                && words[i + 2].Plain.Length == 4 && words[i + 2].Plain.All(char.IsAsciiDigit))
            {
                return (Format(plain, (m + 1).ToString(CultureInfo.InvariantCulture), words[i + 2].Plain), [i, i + 1, i + 2]);
            }
        }

        return (null, []);
    }

    private static string Format(string day, string month, string year) =>
        $"{day.PadLeft(2, '0')}-{month.PadLeft(2, '0')}-{year}";

    /// <summary>"meldingmaken" → "melding" "maken", when both halves are table words (typed without a space).</summary>
    private static List<MessageWord> SplitCompounds(IReadOnlyList<MessageWord> words)
    {
        var result = new List<MessageWord>(words.Count);
        foreach (var word in words)
        {
            if (Vocabulary.Contains(word.Plain) || word.Plain.Length < 7 || !TrySplit(word.Plain, out var first, out var second))
            {
                result.Add(word);
                continue;
            }

            result.Add(word with { Plain = first, Typed = word.Typed[..first.Length] });
            result.Add(word with { Plain = second, Typed = word.Typed[first.Length..] });
        }

        return result;
    }

    private static bool TrySplit(string plain, out string first, out string second)
    {
        for (var at = 3; at <= plain.Length - 3; at++)
        {
            if (Vocabulary.Contains(plain[..at]) && Vocabulary.Contains(plain[at..]))
            {
                (first, second) = (plain[..at], plain[at..]);
                return true;
            }
        }

        (first, second) = (string.Empty, string.Empty);
        return false;
    }
}
