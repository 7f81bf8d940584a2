using System.Text.Json;

namespace PmgBot.E2E.Support;

/// <summary>Every string value inside a JSON document (texts, card texts, action titles and data), one per line.</summary>
public static class JsonText
{
    public static string AllStrings(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return AllStrings(doc.RootElement);
    }

    public static string AllStrings(JsonElement element)
    {
        var into = new List<string>();
        Collect(element, into);
        return string.Join('\n', into);
    }

    private static void Collect(JsonElement element, List<string> into)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                into.Add(element.GetString() ?? "");
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, into);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, into);
                }

                break;
            default:
                break;
        }
    }
}
