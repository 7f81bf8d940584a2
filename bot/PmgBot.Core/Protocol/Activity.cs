using System.Text.Json;
using System.Text.Json.Serialization;

namespace PmgBot.Core.Protocol;

/// <summary>
/// A Bot Framework activity as Teams sends and receives it. Only the fields the bot reads or writes
/// are typed; everything else is kept in <see cref="Extra"/> so nothing is lost on a round trip.
/// </summary>
public sealed record Activity
{
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("timestamp")] public DateTimeOffset? Timestamp { get; init; }
    [JsonPropertyName("channelId")] public string? ChannelId { get; init; }
    [JsonPropertyName("serviceUrl")] public string? ServiceUrl { get; init; }
    [JsonPropertyName("from")] public ChannelAccount? From { get; init; }
    [JsonPropertyName("recipient")] public ChannelAccount? Recipient { get; init; }
    [JsonPropertyName("conversation")] public ConversationAccount? Conversation { get; init; }
    [JsonPropertyName("replyToId")] public string? ReplyToId { get; init; }
    [JsonPropertyName("text")] public string? Text { get; init; }
    [JsonPropertyName("textFormat")] public string? TextFormat { get; init; }
    [JsonPropertyName("summary")] public string? Summary { get; init; }
    [JsonPropertyName("locale")] public string? Locale { get; init; }
    [JsonPropertyName("action")] public string? Action { get; init; }
    [JsonPropertyName("membersAdded")] public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    [JsonPropertyName("membersRemoved")] public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }
    [JsonPropertyName("attachments")] public IReadOnlyList<Attachment>? Attachments { get; init; }
    [JsonPropertyName("entities")] public IReadOnlyList<JsonElement>? Entities { get; init; }
    [JsonPropertyName("channelData")] public JsonElement? ChannelData { get; init; }
    [JsonPropertyName("value")] public JsonElement? Value { get; init; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; init; }

    /// <summary>The tenant of the activity: <c>conversation.tenantId</c>, else <c>channelData.tenant.id</c> (null when that is not readable text).</summary>
    [JsonIgnore]
    public string? TenantId
    {
        get
        {
            if (!string.IsNullOrEmpty(Conversation?.TenantId))
            {
                return Conversation.TenantId;
            }

            return ChannelData.TryGetMember("tenant", out var tenant) ? tenant.TextOf("id") : null;
        }
    }

    /// <summary>Personal (1:1) chat: <c>conversationType</c> personal, or no group flag when the type is absent.</summary>
    [JsonIgnore]
    public bool IsPersonal => Conversation?.ConversationType is { } t
        ? string.Equals(t, ConversationTypes.Personal, StringComparison.OrdinalIgnoreCase)
        : Conversation?.IsGroup != true;
}
