namespace PmgBot.Benchmarks.Harness;

/// <summary>
/// The measured run of one target: wrk's figures, the replies the sink received for it, and how long after the load
/// ended the last reply arrived.
/// </summary>
public sealed record TargetResult(string Name, WrkResult Load, long Replies, TimeSpan LastReplyAfterLoad)
{
    /// <summary>Every request answered 2xx got its reply, and no request got more than one: 2xx ≤ replies ≤ sent, no non-2xx.</summary>
    public bool AllRepliesDelivered => Load.Non2xx == 0 && Replies >= Load.Succeeded && Replies <= Load.Sent;
}
