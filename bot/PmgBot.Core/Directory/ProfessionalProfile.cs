namespace PmgBot.Core.Directory;

/// <summary>A professional as the flows see it: roles, organisation and JPP memberships resolved to names.</summary>
public sealed record ProfessionalProfile(
    string AadObjectId,
    string DisplayName,
    string? Email,
    string? Phone,
    string OrganisationId,
    string OrganisationName,
    Roles Roles,
    bool Active,
    IReadOnlyList<JppMembership> Jpps);
