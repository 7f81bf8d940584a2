using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using PmgBot.Core.Directory;

namespace PmgBot.Core.Features.Welcome;

/// <summary>
/// The menu card depends only on the organisation's name, the roles and the language, so each combination is rendered once and
/// handed out as a copy (help is the most frequent request). Bounded: organisations × role combinations × 2 languages.
/// </summary>
public sealed class MenuCardCache
{
    private const int MaxEntries = 1_000;
    private readonly ConcurrentDictionary<(string Organisation, Roles Roles, CultureInfo Language), JsonObject> _cards = new();

    public JsonObject GetOrRender(string organisation, Roles roles, CultureInfo language, Func<JsonObject> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        if (!_cards.TryGetValue((organisation, roles, language), out var card))
        {
            if (_cards.Count >= MaxEntries)
            {
                _cards.Clear();
            }

            card = _cards.GetOrAdd((organisation, roles, language), _ => render());
        }

        return card.DeepClone().AsObject();
    }
}
