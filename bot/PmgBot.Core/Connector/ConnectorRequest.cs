using PmgBot.Core.Protocol;

namespace PmgBot.Core.Connector;

/// <summary>One connector call. Build it with the static factories so the fields fit the operation.</summary>
public sealed record ConnectorRequest
{
    private ConnectorRequest(ConnectorOperation operation, string serviceUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        Operation = operation;
        ServiceUrl = serviceUrl;
    }

    public ConnectorOperation Operation { get; }

    /// <summary>The stored serviceUrl (from an authenticated inbound activity); with or without trailing '/'.</summary>
    public string ServiceUrl { get; }

    public string? ConversationId { get; private init; }

    /// <summary>The reply target (reply) or the activity to replace (update).</summary>
    public string? ActivityId { get; private init; }

    public Activity? Activity { get; private init; }

    public ConversationParameters? Parameters { get; private init; }

    /// <summary>Called once the request body is on the wire (flushed to the connection), before the answer comes.</summary>
    public Action? BodyWritten { get; init; }

    /// <summary>The Teams rate-limit key: the conversation (thread), or for a create the first member.</summary>
    public string RateLimitKey => Operation == ConnectorOperation.CreateConversation
        ? "create:" + (Parameters?.Members.FirstOrDefault()?.Id ?? string.Empty)
        : ConversationId ?? string.Empty;

    /// <summary>The tenant for the global per-tenant limit, when known.</summary>
    public string? TenantId => Parameters?.TenantId ?? Activity?.TenantId;

    public static ConnectorRequest Send(string serviceUrl, string conversationId, Activity activity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        return new ConnectorRequest(ConnectorOperation.SendToConversation, serviceUrl) { ConversationId = conversationId, Activity = activity };
    }

    public static ConnectorRequest Reply(string serviceUrl, string conversationId, string replyToId, Activity activity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(replyToId);
        ArgumentNullException.ThrowIfNull(activity);
        return new ConnectorRequest(ConnectorOperation.ReplyToActivity, serviceUrl)
        {
            ConversationId = conversationId,
            ActivityId = replyToId,
            Activity = activity with { ReplyToId = activity.ReplyToId ?? replyToId },
        };
    }

    public static ConnectorRequest Update(string serviceUrl, string conversationId, string activityId, Activity activity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        return new ConnectorRequest(ConnectorOperation.UpdateActivity, serviceUrl)
        {
            ConversationId = conversationId,
            ActivityId = activityId,
            Activity = activity with { Id = activity.Id ?? activityId },
        };
    }

    public static ConnectorRequest CreateConversation(string serviceUrl, ConversationParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return new ConnectorRequest(ConnectorOperation.CreateConversation, serviceUrl) { Parameters = parameters };
    }
}
