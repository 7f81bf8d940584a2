namespace PmgBot.Core.Register;

/// <summary>
/// A recorded decision to share a youth with another JPP of the region (the "waterbed effect"). Without one, a
/// youth is invisible to the other JPPs.
/// </summary>
public sealed class YouthJppShare
{
    public long YouthId { get; set; }
    public required string JppId { get; set; }
    public required string DecidedById { get; set; }
    public DateTime DecidedAtUtc { get; set; }
    public required string Reason { get; set; }
}
