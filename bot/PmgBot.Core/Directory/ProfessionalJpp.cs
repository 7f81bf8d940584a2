namespace PmgBot.Core.Directory;

/// <summary>Membership of a professional in a JPP (the municipalities they work for).</summary>
public sealed class ProfessionalJpp
{
    public required string ProfessionalId { get; set; }
    public required string JppId { get; set; }
}
