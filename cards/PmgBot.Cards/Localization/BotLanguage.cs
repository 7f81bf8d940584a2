using System.Globalization;

namespace PmgBot.Cards.Localization;

/// <summary>
/// The language of what the bot says in this turn: English when the activity's locale is <c>en</c> or <c>en-*</c>,
/// Dutch otherwise. Held in an <see cref="AsyncLocal{T}"/> that <see cref="Use(string?)"/> sets for one turn (or one
/// proactive message) and its scope restores, so it flows through the turn's awaits and never into the next turn on
/// the same thread. Never the process culture: a test host or server in English must still speak Dutch by default.
/// </summary>
public static class BotLanguage
{
    /// <summary>Dutch, the neutral language of every resource file.</summary>
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl");

    /// <summary>English, the <c>.en</c> satellite of every resource file.</summary>
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static readonly AsyncLocal<CultureInfo?> CurrentLanguage = new();

    /// <summary>The language of the running turn; Dutch outside one.</summary>
    public static CultureInfo Current => CurrentLanguage.Value ?? Dutch;

    /// <summary>True when the running turn speaks English.</summary>
    public static bool IsEnglish => ReferenceEquals(Current, English);

    /// <summary>The locale the bot's own activities carry in this language (<c>nl-NL</c> or <c>en-US</c>).</summary>
    public static string Locale => IsEnglish ? "en-US" : "nl-NL";

    /// <summary><c>en</c>, <c>en-US</c>, <c>en-GB</c>… (any case, also with <c>_</c>) → English; anything else, or none → Dutch.</summary>
    public static CultureInfo FromLocale(string? locale) =>
        locale is { } l
        && l.StartsWith("en", StringComparison.OrdinalIgnoreCase)
        && (l.Length == 2 || l[2] is '-' or '_')
            ? English
            : Dutch;

    /// <summary>Speaks the language of <paramref name="locale"/> until the scope is disposed.</summary>
    public static LanguageScope Use(string? locale) => Use(FromLocale(locale));

    /// <summary>Speaks <paramref name="language"/> (<see cref="Dutch"/> or <see cref="English"/>) until the scope is disposed.</summary>
    public static LanguageScope Use(CultureInfo language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var previous = CurrentLanguage.Value;
        CurrentLanguage.Value = ReferenceEquals(language, English) ? English : Dutch;
        return new LanguageScope(previous);
    }

    internal static void Restore(CultureInfo? previous) => CurrentLanguage.Value = previous;
}
