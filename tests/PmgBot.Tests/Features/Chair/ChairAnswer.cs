using System.Text.Json.Nodes;

namespace PmgBot.Tests.Features.Chair;

/// <summary>The body of an invoke answer: a card (the refreshed chair card) or a message.</summary>
internal sealed record ChairAnswer(string Raw, JsonNode Body)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";

    public string Type => Body["type"]!.GetValue<string>();

    public JsonObject Card => Type == CardType ? Body["value"]!.AsObject() : throw new InvalidOperationException($"Not a card: {Raw}");

    public string Message => Type == MessageType ? Body["value"]!.GetValue<string>() : throw new InvalidOperationException($"Not a message: {Raw}");

    public string CardJson => Card.ToJsonString();

    /// <summary>Every object in the card, depth first.</summary>
    public IEnumerable<JsonObject> Elements => Descendants(Card);

    /// <summary>The texts of all TextRuns (shown literally by Teams, no markdown).</summary>
    public IReadOnlyList<string> TextRuns => [.. Elements.Where(e => (string?)e["type"] == "TextRun").Select(e => e["text"]!.GetValue<string>())];

    /// <summary>The texts of all TextBlocks (markdown is rendered in these).</summary>
    public IReadOnlyList<string> TextBlocks => [.. Elements.Where(e => (string?)e["type"] == "TextBlock").Select(e => e["text"]!.GetValue<string>())];

    public JsonObject Input(string id) => Elements.Single(e => (string?)e["id"] == id);

    /// <summary>The data of the Action.Execute with this verb.</summary>
    public JsonObject ActionData(string verb) =>
        Elements.Single(e => (string?)e["type"] == "Action.Execute" && (string?)e["verb"] == verb)["data"]!.AsObject();

    public IReadOnlyList<string> ChoiceTitles(string id) => [.. Input(id)["choices"]!.AsArray().Select(c => c!["title"]!.GetValue<string>())];

    public IReadOnlyList<string> ChoiceValues(string id) => [.. Input(id)["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>())];

    public bool HasInput(string id) => Elements.Any(e => (string?)e["id"] == id);

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.SelectMany(p => Descendants(p.Value))),
        JsonArray array => array.SelectMany(Descendants),
        _ => [],
    };
}
