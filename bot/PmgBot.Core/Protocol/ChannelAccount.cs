using System.Text.Json.Serialization;

namespace PmgBot.Core.Protocol;

/// <summary>A user or bot in a conversation. Teams ids look like <c>29:…</c> (user) and <c>28:…</c> (bot).</summary>
public sealed record ChannelAccount
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("aadObjectId")] public string? AadObjectId { get; init; }
    [JsonPropertyName("role")] public string? Role { get; init; }
}
