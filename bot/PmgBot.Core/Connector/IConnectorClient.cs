using PmgBot.Core.Protocol;

namespace PmgBot.Core.Connector;

/// <summary>
/// The Bot Framework connector REST API (protocol.md §3), as the flows use it: each call goes through the
/// Teams rate limiter and is retried on 429 (honouring Retry-After) and 412/502/503/504 with jittered back-off.
/// A 500 on a send is reported as <see cref="ConnectorOutcome.MaybeDelivered"/> and never resent blindly.
/// </summary>
public interface IConnectorClient
{
    Task<ConnectorResult> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    Task<ConnectorResult> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken);

    Task<ConnectorResult> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Creates (or returns the existing) 1:1 conversation with a user; the result's ActivityId is the conversation id.</summary>
    Task<ConnectorResult> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);
}
