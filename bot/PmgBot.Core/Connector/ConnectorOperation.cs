namespace PmgBot.Core.Connector;

public enum ConnectorOperation
{
    /// <summary><c>POST v3/conversations/{id}/activities</c>.</summary>
    SendToConversation = 0,
    /// <summary><c>POST v3/conversations/{id}/activities/{replyToId}</c>.</summary>
    ReplyToActivity = 1,
    /// <summary><c>PUT v3/conversations/{id}/activities/{activityId}</c>.</summary>
    UpdateActivity = 2,
    /// <summary><c>POST v3/conversations</c>.</summary>
    CreateConversation = 3,
}
