namespace PmgBot.Core.Register;

/// <summary>A scheduled JPP case meeting (every two weeks per JPP).</summary>
public sealed class JppMeeting
{
    public long Id { get; set; }
    public required string JppId { get; set; }
    public DateTime StartsAtUtc { get; set; }
}
