using System.Text.Json.Nodes;

namespace PmgBot.Cards.Templating;

/// <summary>A string, number, <c>true</c>, <c>false</c> or <c>null</c> literal.</summary>
internal sealed record LiteralExpression(JsonNode? Value) : Expression;
