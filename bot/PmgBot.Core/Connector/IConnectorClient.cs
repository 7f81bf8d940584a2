using PmgBot.Core.Protocol;

namespace PmgBot.Core.Connector;

/// <summary>
/// The Bot Framework connector REST API (protocol.md §3), as the flows use it: each call goes through the
/// Teams rate limiter and is retried in-process on 429 (honouring Retry-After, never earlier) and
/// 412/502/503/504/connection failures with jittered exponential back-off, a bounded number of times.
/// A 500 (or a timeout after sending) on a POST send is reported as <see cref="ConnectorOutcome.MaybeDelivered"/>
/// and never resent blindly. For durable, restart-proof sending use <c>IOutbox</c> instead.
/// </summary>
public interface IConnectorClient
{
    Task<ConnectorResult> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    Task<ConnectorResult> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken);

    Task<ConnectorResult> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Creates (or returns the existing) 1:1 conversation with a user; the result's <see cref="ConnectorResult.Id"/> is the conversation id.</summary>
    Task<ConnectorResult> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);
}
