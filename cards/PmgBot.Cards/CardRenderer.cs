using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PmgBot.Cards.Localization;
using PmgBot.Cards.Templating;

namespace PmgBot.Cards;

/// <summary>
/// Binds the embedded card templates to typed data on the JSON tree (never by string replacement).
/// Data records are serialized camelCase with nulls left out; see <see cref="TemplateExpander"/> for the rules.
/// The card's fixed texts come from <see cref="CardTexts"/> in the turn's language (<see cref="BotLanguage"/>): the
/// keys <c>&lt;template&gt;.&lt;name&gt;</c> are added to the root data as <c>t</c>, so a template says <c>${t.title}</c>
/// (or <c>${$root.t.title}</c> inside a <c>$data</c> scope), one template for both languages.
/// </summary>
public sealed class CardRenderer : ICardRenderer
{
    /// <summary>The property of the root data that holds the card's texts.</summary>
    public const string TextsProperty = "t";

    private readonly IReadOnlyDictionary<string, LoadedTemplate> _templates =
        TemplateStore.LoadAll(typeof(CardRenderer).Assembly);

    private readonly ConcurrentDictionary<(string Template, CultureInfo Language), KeyValuePair<string, string>[]> _texts = new();

    /// <summary>The names of all embedded templates.</summary>
    public IReadOnlyCollection<string> TemplateNames => _templates.Keys.ToArray();

    public JsonObject Render<T>(string templateName, T data)
    {
        ArgumentNullException.ThrowIfNull(templateName);
        if (!_templates.TryGetValue(templateName, out var template))
        {
            throw new CardTemplateException(
                $"Unknown card template '{templateName}'. Known: {string.Join(", ", _templates.Keys.Order(StringComparer.Ordinal))}.");
        }

        return TemplateExpander.Expand(template, BindingData(templateName, data));
    }

    /// <summary>
    /// The JSON the template is bound to: <paramref name="data"/> (camelCase, nulls left out) with the card's texts in
    /// the turn's language as <c>t</c>. The tests give the same JSON to the official templating engine.
    /// </summary>
    public JsonObject BindingData<T>(string templateName, T data)
    {
        ArgumentNullException.ThrowIfNull(templateName);
        var node = JsonSerializer.SerializeToNode(data, CardJson.Options);
        var root = node switch
        {
            null => new JsonObject(),
            JsonObject obj => obj,
            _ => throw new CardTemplateException($"Card template '{templateName}': the data must be an object."),
        };
        if (root.ContainsKey(TextsProperty))
        {
            throw new CardTemplateException($"Card template '{templateName}': the data may not have a property '{TextsProperty}' (the card's texts).");
        }

        var texts = new JsonObject();
        foreach (var (key, text) in TextsOf(templateName, BotLanguage.Current))
        {
            texts[key] = text;
        }

        root[TextsProperty] = texts;
        return root;
    }

    /// <summary>The texts of one card: the keys <c>&lt;template&gt;.&lt;name&gt;</c> of <see cref="CardTexts"/>, as name → text.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> TextsOf(string templateName, CultureInfo language) =>
        _texts.GetOrAdd((templateName, language), static key =>
        {
            var prefix = key.Template + ".";
            return CardTexts.Resources.Entries(BotLanguage.Dutch)
                .Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal))
                .Select(e => KeyValuePair.Create(e.Key[prefix.Length..], CardTexts.Resources.Get(e.Key, key.Language)))
                .ToArray();
        });
}
