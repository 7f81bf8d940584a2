namespace PmgBot.Core.Features.Directory;

/// <summary>Data for <c>my-details</c> ("Mijn gegevens"). Roles are display labels. Email/Phone are work contact details.</summary>
public sealed record MyDetailsCardData(
    string DisplayName,
    string OrganisationName,
    IReadOnlyList<string> Roles,
    IReadOnlyList<JppMembershipData> Jpps,
    string? Email = null,
    string? Phone = null);
