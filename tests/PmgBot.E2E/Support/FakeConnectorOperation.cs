namespace PmgBot.E2E.Support;

public enum FakeConnectorOperation
{
    SendToConversation,
    ReplyToActivity,
    UpdateActivity,
    CreateConversation,
}
