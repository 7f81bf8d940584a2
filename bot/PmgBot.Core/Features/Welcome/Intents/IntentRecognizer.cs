using System.Globalization;

namespace PmgBot.Core.Features.Welcome.Intents;

/// <summary>
/// A small, explainable recogniser of what a typed message asks for. Every phrase of the Dutch and English tables
/// whose words all occur in the message (in any order, one typo allowed per short word and two per long one) scores
/// its letters; a phrase right after a negation in the same clause ("geen melding", "niks melden") does not
/// count; the intent of the best phrase wins, and intents scoring close to it are offered as "Bedoel je …?". A name
/// with a date of birth and nothing else is a lookup. No model, no training: add a phrase to the table, with a line in
/// the corpus test.
/// </summary>
public sealed class IntentRecognizer
{
    /// <summary>The least a message must score to mean anything (a three-letter command word, or a greeting).</summary>
    public const int MinimumScore = 2;

    /// <summary>Another intent within this share of the best is close enough to ask which one was meant.</summary>
    public const double CloseShare = 0.85;

    private const double TypoShare = 0.85;
    private const int NegationReach = 2;

    /// <summary>What a date of birth adds to a lookup: a name with a date is nearly always "who is the casusregisseur of".</summary>
    private const int DateBonus = 6;

    private static readonly IReadOnlyList<IntentPhrase> Phrases = [.. DutchPhrases.All, .. EnglishPhrases.All];
    private static readonly HashSet<string> Negations = [.. DutchPhrases.Negations, .. EnglishPhrases.Negations];
    private static readonly HashSet<string> Fillers = [.. DutchPhrases.Fillers, .. EnglishPhrases.Fillers];
    private static readonly HashSet<string> ExactWords = [.. DutchPhrases.ExactWords, .. EnglishPhrases.ExactWords];
    private static readonly HashSet<string> FalseFriends = [.. DutchPhrases.FalseFriends, .. EnglishPhrases.FalseFriends];
    private static readonly HashSet<string> Vocabulary = [.. Phrases.SelectMany(p => p.Words)];
    private static readonly string[] DutchMonths =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    public IntentMatch Recognize(string? text)
    {
        var words = SplitCompounds(MessageWords.Of(text).Words);
        if (words.Count == 0)
        {
            // "?" on its own asks what the bot can do.
            return text?.Trim() == "?" ? IntentMatch.Nothing with { Intent = Intent.Help } : IntentMatch.Nothing;
        }

        var (date, dateWords) = FindDate(words);
        var best = new Dictionary<Intent, (double Score, IReadOnlySet<int> Used)>();
        foreach (var (phrase, score, used) in Scores(words, date, dateWords))
        {
            if (!best.TryGetValue(phrase.Intent, out var current) || score > current.Score)
            {
                best[phrase.Intent] = (score, used);
            }
        }

        var remainder = Remainder(words, dateWords, best.Values.SelectMany(v => v.Used).ToHashSet());
        if (date is not null && remainder.Count > 0 && !best.ContainsKey(Intent.Lookup))
        {
            // A name with a date of birth: as strong as asking for the casusregisseur outright.
            best[Intent.Lookup] = ("casusregisseur".Length + DateBonus, new HashSet<int>());
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

    /// <summary>Every phrase the message matches, with its score: why the recogniser decided as it did.</summary>
    public IReadOnlyList<(Intent Intent, string Phrase, double Score)> Explain(string? text)
    {
        var words = SplitCompounds(MessageWords.Of(text).Words);
        var (date, dateWords) = FindDate(words);
        return [.. Scores(words, date, dateWords).OrderByDescending(s => s.Score).Select(s => (s.Phrase.Intent, string.Join(' ', s.Phrase.Words), s.Score))];
    }

    private static IEnumerable<(IntentPhrase Phrase, double Score, IReadOnlySet<int> Used)> Scores(
        IReadOnlyList<MessageWord> words, string? date, IReadOnlySet<int> dateWords)
    {
        foreach (var phrase in Phrases)
        {
            if (BestMatch(phrase, words, dateWords) is not var (used, typos))
            {
                continue;
            }

            var negation = Negation(words, used);
            if (negation == 0)
            {
                // "maak je geen zorgen", "ik heb geen signaal gezien": a negated request asks for nothing.
                continue;
            }

            var score = (phrase.Weight - (typos * (1 - TypoShare))) * negation;
            score += phrase.Intent == Intent.Lookup && date is not null ? DateBonus : 0;
            yield return (phrase, score, used);
        }
    }

    /// <summary>
    /// Where the phrase's words are in the message, when all are: of the ways to place them (a word may occur twice, as
    /// "acties" in "niet mijn acties, alle acties"), the one not negated, then the closest together, then exact over typo.
    /// </summary>
    private static (HashSet<int> Used, int TypoLetters)? BestMatch(IntentPhrase phrase, IReadOnlyList<MessageWord> words, IReadOnlySet<int> dateWords)
    {
        var candidates = new List<(int Position, bool Typo)>[phrase.Words.Count];
        for (var w = 0; w < phrase.Words.Count; w++)
        {
            candidates[w] = Candidates(phrase.Words[w], words, dateWords);
            if (candidates[w].Count == 0)
            {
                return null;
            }
        }

        (HashSet<int> Used, int TypoLetters)? best = null;
        var bestKey = (Negated: true, Span: int.MaxValue, Typos: int.MaxValue);
        foreach (var (anchor, _) in candidates[0])
        {
            if (Place(phrase, candidates, anchor) is not var (used, typos))
            {
                continue;
            }

            var key = (Negation(words, used) < 1, used.Max() - used.Min(), typos);
            if (best is null || key.CompareTo(bestKey) < 0)
            {
                (best, bestKey) = ((used, typos), key);
            }
        }

        return best;
    }

    /// <summary>Each phrase word at its occurrence nearest to <paramref name="anchor"/>, every message word used once.</summary>
    private static (HashSet<int> Used, int TypoLetters)? Place(IntentPhrase phrase, List<(int Position, bool Typo)>[] candidates, int anchor)
    {
        var used = new HashSet<int>();
        var typos = 0;
        for (var w = 0; w < phrase.Words.Count; w++)
        {
            var free = candidates[w].Where(c => !used.Contains(c.Position)).ToList();
            if (free.Count == 0)
            {
                return null;
            }

            var pick = free.OrderBy(c => Math.Abs(c.Position - anchor)).ThenBy(c => c.Typo).First();
            used.Add(pick.Position);
            typos += pick.Typo ? phrase.Words[w].Length : 0;
        }

        return (used, typos);
    }

    /// <summary>The positions where a phrase word occurs: as typed, or (for a word that is not a table word itself) with a typo.</summary>
    private static List<(int Position, bool Typo)> Candidates(string wanted, IReadOnlyList<MessageWord> words, IReadOnlySet<int> dateWords)
    {
        var found = new List<(int Position, bool Typo)>();
        for (var i = 0; i < words.Count; i++)
        {
            var typed = words[i].Plain;
            if (dateWords.Contains(i))
            {
                continue;
            }

            if (string.Equals(typed, wanted, StringComparison.Ordinal))
            {
                found.Add((i, false));
            }
            else if (!ExactWords.Contains(wanted) && !Vocabulary.Contains(typed) && !FalseFriends.Contains(typed) && TypoTolerance.Matches(typed, wanted))
            {
                // A typed word that is itself a table word, or a common word close to one, is taken as typed.
                found.Add((i, true));
            }
        }

        return found;
    }

    /// <summary>
    /// What is left of a phrase's score after a negation: 0 for one between its words ("heb geen signaal") or before its
    /// first word, in the same clause and at most a few words away ("geen melding maken"); 1 without one.
    /// </summary>
    private static double Negation(IReadOnlyList<MessageWord> words, IReadOnlySet<int> used)
    {
        var first = used.Min();
        for (var i = first + 1; i < used.Max(); i++)
        {
            if (Negations.Contains(words[i].Plain) && !used.Contains(i) && words[i].Clause == words[first].Clause)
            {
                return 0;
            }
        }

        for (var i = first - 1; i >= 0 && i >= first - NegationReach; i--)
        {
            if (words[i].Clause != words[first].Clause)
            {
                return 1;
            }

            if (Negations.Contains(words[i].Plain) && !used.Contains(i))
            {
                // "niet alle acties, alleen die van mij": a phrase that goes on into a later clause is asked for there,
                // though less surely than one wholly in it ("geen casussen, ik wil mijn eigen gegevens").
                return used.All(u => words[u].Clause == words[i].Clause) ? 0 : TypoShare;
            }
        }

        return 1;
    }

    /// <summary>
    /// Typed words that neither the phrase nor a date used, from the first word that is not a filler or table word on: a
    /// youth's name, for a lookup ("van" and "de" inside "Jan van de Berg" stay; a trailing "geboren" goes).
    /// </summary>
    private static List<string> Remainder(IReadOnlyList<MessageWord> words, IReadOnlySet<int> dateWords, IReadOnlySet<int> used)
    {
        var kept = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var plain = words[i].Plain;
            if (used.Contains(i) || dateWords.Contains(i) || Negations.Contains(plain)
                || (kept.Count == 0 && (Fillers.Contains(plain) || Vocabulary.Contains(plain))))
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
