namespace PmgBot.Core.Features.Register;

/// <summary>A casusregisseur or procesregisseur as the youth card shows them (work contact details from the directory).</summary>
public sealed record ProfessionalContact(
    string AadObjectId,
    string DisplayName,
    string OrganisationName,
    string? Email,
    string? Phone,
    bool Active);
