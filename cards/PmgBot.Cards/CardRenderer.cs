using System.Text.Json;
using System.Text.Json.Nodes;
using PmgBot.Cards.Templating;

namespace PmgBot.Cards;

/// <summary>
/// Binds the embedded card templates to typed data on the JSON tree (never by string replacement).
/// Data records are serialized camelCase with nulls left out; see <see cref="TemplateExpander"/> for the rules.
/// </summary>
public sealed class CardRenderer : ICardRenderer
{
    private readonly IReadOnlyDictionary<string, LoadedTemplate> _templates =
        TemplateStore.LoadAll(typeof(CardRenderer).Assembly);

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

        var dataNode = JsonSerializer.SerializeToNode(data, CardJson.Options);
        return TemplateExpander.Expand(template, dataNode);
    }
}
