using System.Net.Http;

namespace PmgBot.Core.Connector;

/// <summary>
/// Turns an HTTP status or a transport failure into a <see cref="ConnectorOutcome"/> (protocol.md §3.2, §5):
/// 2xx delivered; 429/412/502/503/504 and "never reached the server" retry later; on a POST send (send or
/// reply) another 5xx, a 408 or a failure after the request went out is maybe-delivered (a blind resend could
/// double-post); on the idempotent update/create those retry later; any other 4xx is a permanent failure.
/// </summary>
public static class ConnectorClassifier
{
    public static ConnectorOutcome FromStatus(ConnectorOperation operation, int statusCode) => statusCode switch
    {
        >= 200 and < 300 => ConnectorOutcome.Delivered,
        429 or 412 or 502 or 503 or 504 => ConnectorOutcome.RetryLater,
        408 or (>= 500 and < 600) => IsNonIdempotentSend(operation) ? ConnectorOutcome.MaybeDelivered : ConnectorOutcome.RetryLater,
        _ => ConnectorOutcome.Failed,
    };

    /// <summary>A transport exception without any HTTP response.</summary>
    public static ConnectorOutcome FromException(ConnectorOperation operation, Exception exception) => exception switch
    {
        HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError
            or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError } => ConnectorOutcome.RetryLater,
        _ => IsNonIdempotentSend(operation) ? ConnectorOutcome.MaybeDelivered : ConnectorOutcome.RetryLater,
    };

    private static bool IsNonIdempotentSend(ConnectorOperation operation) =>
        operation is ConnectorOperation.SendToConversation or ConnectorOperation.ReplyToActivity;
}
