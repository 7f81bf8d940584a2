namespace PmgBot.Core.Register;

/// <summary>One step in a youth's level history: who changed it, when and why.</summary>
public sealed class YouthLevelChange
{
    public long Id { get; set; }
    public long YouthId { get; set; }
    public YouthLevel FromLevel { get; set; }
    public YouthLevel ToLevel { get; set; }
    public required string ChangedById { get; set; }
    public DateTime ChangedAtUtc { get; set; }
    public required string Reason { get; set; }
}
