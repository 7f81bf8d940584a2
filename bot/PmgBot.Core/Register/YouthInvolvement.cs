namespace PmgBot.Core.Register;

/// <summary>An organisation involved in one youth: the per-case need-to-know basis for its professionals.</summary>
public sealed class YouthInvolvement
{
    public long YouthId { get; set; }
    public required string OrganisationId { get; set; }
    public required string AddedById { get; set; }
    public DateTime AddedAtUtc { get; set; }
}
