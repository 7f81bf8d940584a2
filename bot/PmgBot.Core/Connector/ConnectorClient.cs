using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmgBot.Core.Protocol;

namespace PmgBot.Core.Connector;

/// <summary>
/// The flow-facing connector client: rate limiter, one attempt via <see cref="IConnectorSender"/>, and in-process
/// retries of <see cref="ConnectorOutcome.RetryLater"/> (Retry-After honoured exactly, else full-jitter back-off),
/// at most <see cref="ConnectorOptions.MaxAttempts"/> attempts.
/// </summary>
internal sealed class ConnectorClient(
    IConnectorSender sender,
    TeamsRateLimiter rateLimiter,
    IOptions<ConnectorOptions> options,
    TimeProvider time,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    public Task<ConnectorResult> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        ExecuteAsync(ConnectorRequest.Send(serviceUrl, conversationId, activity), cancellationToken);

    public Task<ConnectorResult> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        ExecuteAsync(ConnectorRequest.Reply(serviceUrl, conversationId, replyToId, activity), cancellationToken);

    public Task<ConnectorResult> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        ExecuteAsync(ConnectorRequest.Update(serviceUrl, conversationId, activityId, activity), cancellationToken);

    public Task<ConnectorResult> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        ExecuteAsync(ConnectorRequest.CreateConversation(serviceUrl, parameters), cancellationToken);

    internal async Task<ConnectorResult> ExecuteAsync(ConnectorRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        for (var attempt = 1; ; attempt++)
        {
            await rateLimiter.WaitAsync(request.RateLimitKey, request.TenantId, cancellationToken).ConfigureAwait(false);
            var result = await sender.SendOnceAsync(request, cancellationToken).ConfigureAwait(false);
            if (result.Outcome != ConnectorOutcome.RetryLater || attempt >= settings.MaxAttempts)
            {
                return result;
            }

            var delay = result.RetryAfter ?? Backoff.FullJitter(attempt, settings.BaseDelay, settings.MaxDelay, Random.Shared);
            if (delay > settings.MaxInlineRetryAfter)
            {
                return result;
            }

            ConnectorLog.Retrying(logger, request.Operation, LogIds.Conversation(request.ConversationId), attempt, delay);
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
