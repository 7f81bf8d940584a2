namespace PmgBot.Core.Conversations;

/// <summary>A stored conversation reference (one row per conversation and user).</summary>
public sealed class StoredConversationReference
{
    /// <summary>Longer locales are not kept (BCP 47 tags Teams sends are five characters).</summary>
    public const int LocaleMaxLength = 32;

    public long Id { get; set; }
    public required string ConversationId { get; set; }
    public required string ServiceUrl { get; set; }
    public string? TenantId { get; set; }
    public string? UserId { get; set; }
    public string? UserAadObjectId { get; set; }
    public string? BotId { get; set; }
    public required string ChannelId { get; set; }
    public string? ConversationType { get; set; }

    /// <summary>The locale of the user's last activity in this conversation (null: none seen); proactive messages follow it.</summary>
    public string? Locale { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}
