using System.Text.Json.Serialization;

namespace PmgBot.Core.Protocol;

/// <summary>The conversation an activity belongs to.</summary>
public sealed record ConversationAccount
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("conversationType")] public string? ConversationType { get; init; }
    [JsonPropertyName("tenantId")] public string? TenantId { get; init; }
    [JsonPropertyName("isGroup")] public bool? IsGroup { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
}
