using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Chair;

/// <summary>
/// Everything the chair card of one youth shows, read after the access check: the record, its level history (newest
/// first) and the choices for each action (computed on the server; the card's choices are only a convenience, every
/// action validates again).
/// </summary>
public sealed record YouthChairView(
    string Code,
    int Version,
    string FirstName,
    string? Tussenvoegsel,
    string LastName,
    DateOnly DateOfBirth,
    string JppId,
    string JppName,
    YouthLevel Level,
    DateTime LevelSinceUtc,
    YouthPerson? Casusregisseur,
    YouthPerson? Procesregisseur,
    IReadOnlyList<YouthOption> InvolvedOrganisations,
    IReadOnlyList<YouthShareEntry> Shares,
    IReadOnlyList<YouthLevelHistoryEntry> History,
    IReadOnlyList<YouthPerson> EligibleCasusregisseurs,
    IReadOnlyList<YouthPerson> EligibleProcesregisseurs,
    IReadOnlyList<YouthOption> AddableOrganisations,
    IReadOnlyList<YouthOption> ShareableJpps);
