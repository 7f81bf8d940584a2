namespace PmgBot.Tests.Support;

public enum FakeConnectorOperation
{
    SendToConversation,
    ReplyToActivity,
    UpdateActivity,
    CreateConversation,
}
