namespace PmgBot.Core.Outbox;

public enum OutboxStatus
{
    /// <summary>Stored, waiting to be sent (possibly after a back-off).</summary>
    Pending = 0,
    /// <summary>Claimed by a dispatcher; the lease tells until when.</summary>
    Sending = 1,
    /// <summary>The connector confirmed delivery.</summary>
    Sent = 2,
    /// <summary>The connector answered 5xx (other than 502/503/504): it may have been delivered; not resent blindly.</summary>
    MaybeDelivered = 3,
    /// <summary>Permanent failure (4xx other than 412/429, or retries exhausted).</summary>
    Failed = 4,
}
