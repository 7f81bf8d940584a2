namespace PmgBot.Core.Directory;

/// <summary>Counts for the network overview (active professionals only, except <see cref="InactiveProfessionals"/>).</summary>
public sealed record DirectoryOverview(
    int ActiveProfessionals,
    int InactiveProfessionals,
    IReadOnlyList<OrganisationCount> PerOrganisation,
    IReadOnlyList<JppCount> PerJpp);
