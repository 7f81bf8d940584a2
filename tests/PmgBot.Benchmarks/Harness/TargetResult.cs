namespace PmgBot.Benchmarks.Harness;

/// <summary>
/// The measured run of one target: wrk's figures, the replies the sink received for it, how long after the load
/// ended the last reply arrived, and the CPU time the target and the sink used from the start of the load until the
/// replies stopped arriving.
/// </summary>
public sealed record TargetResult(string Name, WrkResult Load, long Replies, TimeSpan LastReplyAfterLoad, TimeSpan TargetCpu, TimeSpan SinkCpu)
{
    /// <summary>Replies per second from the start of the load until the last reply: what the target sustains end to end.</summary>
    public double DeliveredRepliesPerSecond => Replies / (Load.Seconds + LastReplyAfterLoad.TotalSeconds);

    /// <summary>CPU time of the target per request sent (for a reply per request: the whole turn, request to reply).</summary>
    public TimeSpan TargetCpuPerRequest => Load.Sent > 0 ? TargetCpu / Load.Sent : TimeSpan.Zero;

    /// <summary>Every request answered 2xx got its reply, and no request got more than one: 2xx ≤ replies ≤ sent, no non-2xx.</summary>
    public bool AllRepliesDelivered => Load.Non2xx == 0 && Replies >= Load.Succeeded && Replies <= Load.Sent;
}
