using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PmgBot.Core.Protocol;

/// <summary>A message attachment; for Adaptive Cards <see cref="ContentType"/> is <see cref="ContentTypes.AdaptiveCard"/>.</summary>
public sealed record Attachment
{
    [JsonPropertyName("contentType")] public required string ContentType { get; init; }
    [JsonPropertyName("content")] public JsonNode? Content { get; init; }

    public static Attachment AdaptiveCard(JsonObject card) => new() { ContentType = ContentTypes.AdaptiveCard, Content = card };
}
