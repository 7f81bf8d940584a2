using System.Text.Json;

namespace PmgBot.E2E.Support;

/// <summary>Looks into the Adaptive Card JSON of a bot message: its actions (Action.Execute, Action.OpenUrl) by title.</summary>
public static class CardJson
{
    /// <summary>Every action of type <paramref name="type"/> titled <paramref name="title"/>, anywhere in <paramref name="json"/>.</summary>
    public static IReadOnlyList<JsonElement> FindActions(string json, string type, string title)
    {
        using var doc = JsonDocument.Parse(json);
        var found = new List<JsonElement>();
        Collect(doc.RootElement, type, title, found);
        return found;
    }

    /// <summary>The one action of type <paramref name="type"/> titled <paramref name="title"/>; fails when there is none or several.</summary>
    public static JsonElement SingleAction(string json, string type, string title)
    {
        var actions = FindActions(json, type, title);
        return actions.Count == 1
            ? actions[0]
            : throw new InvalidOperationException($"Expected one {type} titled \"{title}\", found {actions.Count} in: {json}");
    }

    /// <summary>The verb and data of the one Action.Execute titled <paramref name="title"/>.</summary>
    public static (string Verb, Dictionary<string, object?> Data) ExecuteAction(string json, string title)
    {
        var action = SingleAction(json, "Action.Execute", title);
        var verb = action.GetProperty("verb").GetString()!;
        var data = action.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object
            ? d.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone())
            : [];
        return (verb, data);
    }

    private static void Collect(JsonElement element, string type, string title, List<JsonElement> into)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == type
                && element.TryGetProperty("title", out var name) && name.ValueKind == JsonValueKind.String && name.GetString() == title)
            {
                into.Add(element.Clone());
            }

            foreach (var property in element.EnumerateObject())
            {
                Collect(property.Value, type, title, into);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, type, title, into);
            }
        }
    }
}
