using System.Text.Json.Nodes;

namespace PmgBot.Cards;

/// <summary>
/// Expands one of the embedded Adaptive Card templates (cards/templates/*.json) with typed data.
/// The result is the card itself (<c>{"type":"AdaptiveCard",...}</c>), ready to be used as the
/// <c>content</c> of an attachment with content type <c>application/vnd.microsoft.card.adaptive</c>.
/// </summary>
public interface ICardRenderer
{
    /// <summary>Renders <paramref name="templateName"/> (see <see cref="CardTemplateNames"/>) with <paramref name="data"/>.</summary>
    /// <exception cref="Templating.CardTemplateException">Unknown template, unbound value or unsupported expression.</exception>
    JsonObject Render<T>(string templateName, T data);
}
