namespace PmgBot.Core.Protocol;

/// <summary>
/// What is needed to reach a conversation later (proactive messages), captured from an authenticated
/// inbound activity. <see cref="UserAadObjectId"/> is the Entra object id; <see cref="UserId"/> the Teams id.
/// <see cref="Locale"/> is the locale of the user's activity (<c>en-US</c>, <c>nl-NL</c>), null when it had none: proactive
/// messages to the user are written in its language.
/// </summary>
public sealed record ConversationReference(
    string ServiceUrl,
    string ConversationId,
    string? TenantId,
    string? UserId,
    string? UserAadObjectId,
    string? BotId,
    string ChannelId,
    string? ConversationType,
    string? Locale = null);
