namespace PmgBot.Core.Features.Welcome.Intents;

/// <summary>
/// Words that, all present in a message in any order (each allowing a typo, see <see cref="TypoTolerance"/>), point to
/// <paramref name="Intent"/>. Its weight is the letters of its words: a longer, more specific phrase outweighs a shorter one
/// ("mijn meldingen" over "meldingen").
/// </summary>
public sealed record IntentPhrase(Intent Intent, IReadOnlyList<string> Words)
{
    public int Weight { get; } = Words.Sum(w => w.Length);

    public static IntentPhrase Of(Intent intent, string phrase) =>
        new(intent, phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
