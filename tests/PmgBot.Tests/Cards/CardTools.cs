using System.Text.Json;
using System.Text.Json.Nodes;

namespace PmgBot.Tests.Cards;

/// <summary>The official npm Adaptive Card packages, called through the scripts in tests/tools.</summary>
internal static class CardTools
{
    /// <summary>Expands <paramref name="template"/> with adaptivecards-templating 2.3.1.</summary>
    public static async Task<JsonNode> ExpandOfficialAsync(JsonNode template, JsonNode data)
    {
        using var temp = new TempFiles();
        var templateFile = temp.Write("template.json", template.ToJsonString());
        var dataFile = temp.Write("data.json", data.ToJsonString());
        var result = await NodeTools.RunAsync("expand-card.js", templateFile, dataFile);
        Assert.True(result.ExitCode == 0, $"expand-card.js failed ({result.ExitCode}): {result.StdErr}");
        return JsonNode.Parse(result.StdOut) ?? throw new InvalidOperationException("expand-card.js printed null.");
    }

    /// <summary>
    /// Parses, validates and renders an expanded card with adaptivecards 3.0.6 (jsdom) plus the Teams rules of
    /// validate-cards.js. Returns the errors; empty means valid.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ValidateAsync(JsonNode card)
    {
        using var temp = new TempFiles();
        var cardFile = temp.Write("card.json", card.ToJsonString());
        var result = await NodeTools.RunAsync(
            "validate-cards.js", "--expanded", "--json", "--render", Path.Combine(temp.Folder, "rendered"), cardFile);
        Assert.True(result.ExitCode is 0 or 1, $"validate-cards.js crashed ({result.ExitCode}): {result.StdErr}");
        var reports = JsonNode.Parse(result.StdOut)!.AsArray();
        var report = Assert.Single(reports)!;
        var errors = report["errors"]!.AsArray()
            .Select(e => $"[{e!["rule"]}] {e["at"]} {e["message"]}")
            .ToList();
        Assert.True(errors.Count > 0 || result.ExitCode == 0, "validate-cards.js exited 1 without errors: " + result.StdErr);
        Assert.True(errors.Count > 0 || report["htmlFile"] is not null, "the card was not rendered to HTML");
        return errors;
    }

    public static string Pretty(JsonNode? node) => node?.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) ?? "null";
}
