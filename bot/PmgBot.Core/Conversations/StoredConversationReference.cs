namespace PmgBot.Core.Conversations;

/// <summary>A stored conversation reference (one row per conversation and user).</summary>
public sealed class StoredConversationReference
{
    public long Id { get; set; }
    public required string ConversationId { get; set; }
    public required string ServiceUrl { get; set; }
    public string? TenantId { get; set; }
    public string? UserId { get; set; }
    public string? UserAadObjectId { get; set; }
    public string? BotId { get; set; }
    public required string ChannelId { get; set; }
    public string? ConversationType { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}
