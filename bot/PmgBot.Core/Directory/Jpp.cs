namespace PmgBot.Core.Directory;

/// <summary>A Jeugd Preventie Platform: the two-weekly case meeting of one municipality.</summary>
public sealed class Jpp
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string MunicipalityId { get; set; }
}
