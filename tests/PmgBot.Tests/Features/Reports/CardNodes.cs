using System.Text.Json.Nodes;

namespace PmgBot.Tests.Features.Reports;

/// <summary>Finds elements in a rendered card.</summary>
internal static class CardNodes
{
    public static IEnumerable<JsonObject> All(JsonNode? node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.SelectMany(p => All(p.Value))),
        JsonArray array => array.SelectMany(All),
        _ => [],
    };

    public static JsonObject? Input(JsonNode card, string id) =>
        All(card).FirstOrDefault(o => (string?)o["id"] == id && ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true);

    public static string? InputValue(JsonNode card, string id) => Input(card, id)?["value"]?.GetValue<string>();

    /// <summary>The data of the first Action.Execute with <paramref name="verb"/>.</summary>
    public static JsonObject? ActionData(JsonNode card, string verb) =>
        All(card).FirstOrDefault(o => (string?)o["type"] == "Action.Execute" && (string?)o["verb"] == verb)?["data"] as JsonObject;

    public static IReadOnlyList<string> TextBlocks(JsonNode card) =>
        [.. All(card).Where(o => (string?)o["type"] == "TextBlock").Select(o => o["text"]!.GetValue<string>())];

    public static IReadOnlyList<string> TextRuns(JsonNode card) =>
        [.. All(card).Where(o => (string?)o["type"] == "TextRun").Select(o => o["text"]!.GetValue<string>())];
}
