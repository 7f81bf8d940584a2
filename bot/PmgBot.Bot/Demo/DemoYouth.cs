using PmgBot.Core.Register;

namespace PmgBot.Bot.Demo;

/// <summary>One fictional youth of the demo register, with the ids of the demo directory (Demo/demo-directory.json).</summary>
internal sealed record DemoYouth(
    string FirstName,
    string? Tussenvoegsel,
    string LastName,
    DateOnly DateOfBirth,
    string JppId,
    YouthLevel Level,
    int LevelSinceDaysAgo,
    string? CasusregisseurId,
    string? ProcesregisseurId,
    IReadOnlyList<string> InvolvedOrganisations);
