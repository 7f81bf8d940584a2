using System.Text.Json;
using System.Text.Json.Nodes;

namespace PmgBot.Tests.Cards;

/// <summary>The official npm Adaptive Card packages, called through the scripts in tests/tools.</summary>
internal static class CardTools
{
    /// <summary>Expands <paramref name="template"/> with adaptivecards-templating 2.3.1.</summary>
    public static async Task<JsonNode> ExpandOfficialAsync(JsonNode template, JsonNode data)
    {
        var response = await CardWorker.SendAsync(new JsonObject
        {
            ["op"] = "expand",
            ["template"] = template.DeepClone(),
            ["data"] = data.DeepClone(),
        });
        Assert.True(response["ok"]!.GetValue<bool>(), $"official templating failed: {response["error"]}");
        return response["card"] ?? throw new InvalidOperationException("the official engine expanded to null.");
    }

    /// <summary>
    /// Parses, validates and renders (jsdom) an expanded card with adaptivecards 3.0.6 plus the Teams rules of
    /// validate-cards.js. Returns the errors; empty means valid.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ValidateAsync(JsonNode card)
    {
        var response = await CardWorker.SendAsync(new JsonObject { ["op"] = "validate", ["card"] = card.DeepClone() });
        Assert.True(response["ok"]!.GetValue<bool>(), $"validation crashed: {response["error"]}");
        var errors = response["errors"]!.AsArray()
            .Select(e => $"[{e!["rule"]}] {e["at"]} {e["message"]}")
            .ToList();
        Assert.True(errors.Count > 0 || response["rendered"]!.GetValue<bool>(), "the card was not rendered to HTML");
        return errors;
    }

    public static string Pretty(JsonNode? node) => node?.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) ?? "null";
}
