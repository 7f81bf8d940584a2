namespace PmgBot.Core.Intents;

/// <summary>
/// Whether a typed word is an intent word: exact for words of up to 3 letters, one edit for 4 to 7 letters and two for
/// longer words (Damerau–Levenshtein, optimal string alignment: a swap of two neighbours is one edit).
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
        return allowed == 0 ? string.Equals(typed, word, StringComparison.Ordinal) : Distance(typed, word, allowed) <= allowed;
    }

    /// <summary>The optimal-string-alignment distance, or more than <paramref name="limit"/> as soon as it is certain.</summary>
    public static int Distance(string a, string b, int limit)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
