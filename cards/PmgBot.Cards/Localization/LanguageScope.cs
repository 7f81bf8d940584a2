using System.Globalization;

namespace PmgBot.Cards.Localization;

/// <summary>Restores the language that was current before <see cref="BotLanguage.Use(CultureInfo)"/>.</summary>
public readonly struct LanguageScope : IDisposable
{
    private readonly CultureInfo? _previous;

    internal LanguageScope(CultureInfo? previous) => _previous = previous;

    public void Dispose() => BotLanguage.Restore(_previous);
}
