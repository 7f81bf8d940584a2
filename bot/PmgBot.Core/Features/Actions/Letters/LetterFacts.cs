namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>
/// What a letter names. It goes only into the .docx the casusregisseur fetches through a personal link, never into a
/// message, card summary or log.
/// </summary>
public sealed record LetterFacts(
    string YouthFullName,
    string YouthFirstName,
    DateOnly YouthDateOfBirth,
    string JppName,
    string Place,
    DateOnly Date,
    string CasusregisseurName,
    string CasusregisseurOrganisation,
    string? CasusregisseurPhone,
    string? CasusregisseurEmail,
    string ChairName);
