using System.Collections;
using System.Globalization;
using System.Resources;

namespace PmgBot.Cards.Localization;

/// <summary>
/// One resource file pair: <c>&lt;Name&gt;.resx</c> (Dutch, neutral) and <c>&lt;Name&gt;.en.resx</c> (English satellite),
/// next to the class <paramref name="anchor"/> of the same name, one key per text. Texts are read in
/// <see cref="BotLanguage.Current"/>; a key missing from a language is a test failure, a key missing altogether throws.
/// </summary>
public sealed class TextResources(Type anchor)
{
    private readonly ResourceManager _resources = new(
        (anchor ?? throw new ArgumentNullException(nameof(anchor))).FullName!, anchor.Assembly);

    /// <summary>The resource base name (the anchor's full name).</summary>
    public string Name { get; } = anchor.FullName!;

    /// <summary>The text <paramref name="key"/> in the turn's language.</summary>
    public string this[string key] => Get(key, BotLanguage.Current);

    public string Get(string key, CultureInfo language) =>
        _resources.GetString(key, language) ?? throw new InvalidOperationException($"Text '{key}' is missing from {Name}.");

    /// <summary>The text <paramref name="key"/> with its <c>{0}</c>, <c>{1}</c>… filled (values are formatted by the caller).</summary>
    public string Format(string key, params object?[] values) =>
        string.Format(CultureInfo.InvariantCulture, this[key], values);

    /// <summary>The text <paramref name="key"/> in <paramref name="language"/> with its placeholders filled (e.g. a proactive message: Dutch).</summary>
    public string Format(CultureInfo language, string key, params object?[] values) =>
        string.Format(CultureInfo.InvariantCulture, Get(key, language), values);

    /// <summary>
    /// The keys and texts that the file of <paramref name="language"/> itself holds (no fallback to Dutch), in key order;
    /// for the completeness tests and the card binder.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Entries(CultureInfo language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var set = ReferenceEquals(language, BotLanguage.Dutch)
            ? _resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)
            : _resources.GetResourceSet(language, createIfNotExists: true, tryParents: false);
        if (set is null)
        {
            return [];
        }

        return set.Cast<DictionaryEntry>()
            .Where(e => e.Value is string)
            .Select(e => KeyValuePair.Create((string)e.Key, (string)e.Value!))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToList();
    }
}
