namespace PmgBot.Core.Directory;

/// <summary>
/// A registered professional, keyed by Entra object id (a string: the Agents Playground uses ids that are
/// not GUID-shaped). Contact details are work contact details, shown only to colleagues with a reason.
/// </summary>
public sealed class Professional
{
    public required string AadObjectId { get; set; }
    public required string DisplayName { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public required string OrganisationId { get; set; }
    public Roles Roles { get; set; }
    public bool Active { get; set; } = true;
    public List<ProfessionalJpp> Jpps { get; set; } = [];
    public DateTime UpdatedAtUtc { get; set; }
}
