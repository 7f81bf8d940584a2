namespace PmgBot.Core.Protocol;

/// <summary>
/// What is needed to reach a conversation later (proactive messages), captured from an authenticated
/// inbound activity. <see cref="UserAadObjectId"/> is the Entra object id; <see cref="UserId"/> the Teams id.
/// </summary>
public sealed record ConversationReference(
    string ServiceUrl,
    string ConversationId,
    string? TenantId,
    string? UserId,
    string? UserAadObjectId,
    string? BotId,
    string ChannelId,
    string? ConversationType);
