namespace PmgBot.Core.Connector;

/// <summary>What one connector call came to.</summary>
/// <param name="Outcome">Delivered, retry later, maybe delivered, or failed.</param>
/// <param name="StatusCode">HTTP status, or null when no response came (connection refused, timeout).</param>
/// <param name="Id">The id from the connector's response (activity id, or conversation id for create).</param>
/// <param name="RetryAfter">The connector's Retry-After, when it sent one.</param>
/// <param name="Error">Short technical error text; never message content.</param>
public sealed record ConnectorResult(ConnectorOutcome Outcome, int? StatusCode, string? Id, TimeSpan? RetryAfter, string? Error)
{
    public bool IsDelivered => Outcome == ConnectorOutcome.Delivered;
}
