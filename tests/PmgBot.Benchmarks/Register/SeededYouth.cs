namespace PmgBot.Benchmarks.Register;

/// <summary>A youth the seeder stored: what the load needs to look it up or report it again, and who is related to it.</summary>
public sealed record SeededYouth(
    string Code,
    string FirstName,
    string? Tussenvoegsel,
    string LastName,
    DateOnly DateOfBirth,
    string MunicipalityId,
    string JppId,
    string? CasusregisseurId,
    IReadOnlyList<string> OrganisationIds);
