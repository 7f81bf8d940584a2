namespace PmgBot.E2E.Support;

/// <summary>The mock tenant of a running Playground (GET /_internal/v1/config); ids change with every start.</summary>
public sealed record PlaygroundConfig(
    string PersonalChatId,
    string GroupChatId,
    string CurrentUserId,
    string CurrentUserAadObjectId,
    string BotId,
    string BotName);
