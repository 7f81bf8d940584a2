using PmgBot.Core.Features.Register.Matching;

namespace PmgBot.Core.Features.Welcome.Intents;

/// <summary>
/// Whether a typed word is an intent word: exact for words of up to 3 letters, one edit for 4 to 7 letters and two for
/// longer words (Damerau–Levenshtein, optimal string alignment: a swap of two neighbours is one edit; the name matcher's
/// <see cref="EditDistance"/>).
/// </summary>
public static class TypoTolerance
{
    public static int AllowedEdits(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length switch
        {
            <= 3 => 0,
            <= 7 => 1,
            _ => 2,
        };
    }

    public static bool Matches(string typed, string word)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(word);
        var allowed = AllowedEdits(word);
        return allowed == 0 ? string.Equals(typed, word, StringComparison.Ordinal) : EditDistance.IsWithin(typed, word, allowed);
    }
}
