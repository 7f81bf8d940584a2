using System.Text.Json.Serialization;
using PmgBot.Core.Protocol;

namespace PmgBot.Core.Connector;

/// <summary>Body of <c>POST v3/conversations</c> (protocol.md §3.3).</summary>
public sealed record ConversationParameters
{
    [JsonPropertyName("isGroup")] public bool IsGroup { get; init; }
    [JsonPropertyName("bot")] public ChannelAccount? Bot { get; init; }
    [JsonPropertyName("members")] public IReadOnlyList<ChannelAccount> Members { get; init; } = [];
    [JsonPropertyName("tenantId")] public string? TenantId { get; init; }
    [JsonPropertyName("channelData")] public object? ChannelData { get; init; }
    [JsonPropertyName("activity")] public Activity? Activity { get; init; }
}
