using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using PmgBot.Core.Directory;

namespace PmgBot.Core.Features.Welcome;

/// <summary>
/// The menu card depends only on the organisation's name and the roles, so each combination is rendered once and
/// handed out as a copy (help is the most frequent request). Bounded: organisations × role combinations.
/// </summary>
public sealed class MenuCardCache
{
    private const int MaxEntries = 1_000;
    private readonly ConcurrentDictionary<(string Organisation, Roles Roles), JsonObject> _cards = new();

    public JsonObject GetOrRender(string organisation, Roles roles, Func<JsonObject> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        if (!_cards.TryGetValue((organisation, roles), out var card))
        {
            if (_cards.Count >= MaxEntries)
            {
                _cards.Clear();
            }

            card = _cards.GetOrAdd((organisation, roles), _ => render());
        }

        return card.DeepClone().AsObject();
    }
}
