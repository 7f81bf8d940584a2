using System.Text.Json.Nodes;

namespace PmgBot.Cards.Templating;

/// <summary>What an expression sees: <c>$root</c>, the current <c>$data</c> and, inside a repeat, <c>$index</c>.</summary>
internal sealed record EvaluationScope(JsonNode? Root, JsonNode? Data, int? Index);
