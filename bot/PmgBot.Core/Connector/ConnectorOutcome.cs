namespace PmgBot.Core.Connector;

public enum ConnectorOutcome
{
    /// <summary>2xx from the connector.</summary>
    Delivered = 0,
    /// <summary>Throttled or temporarily unavailable (429, 412, 502, 503, 504, connection failure): try again later.</summary>
    RetryLater = 1,
    /// <summary>Another 5xx on a send: the connector may have created the message. Not resent blindly.</summary>
    MaybeDelivered = 2,
    /// <summary>Permanent failure (other 4xx, e.g. 403 bot blocked, 404 conversation gone, 413 too big).</summary>
    Failed = 3,
}
