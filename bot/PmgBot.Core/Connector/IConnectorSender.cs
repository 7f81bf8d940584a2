namespace PmgBot.Core.Connector;

/// <summary>
/// One HTTP attempt against the connector, classified into a <see cref="ConnectorResult"/>. No rate limiting and
/// no retries here: the outbox dispatcher waits on <see cref="TeamsRateLimiter"/> itself and retries durably;
/// <see cref="IConnectorClient"/> wraps this for in-process retries. A 429 is reported to the rate limiter so the
/// conversation pauses until its Retry-After.
/// </summary>
public interface IConnectorSender
{
    Task<ConnectorResult> SendOnceAsync(ConnectorRequest request, CancellationToken cancellationToken);
}
