using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Register;

/// <summary>
/// The projection behind the youth card: the youth's own fields, the JPP's name, casusregisseur and procesregisseur
/// resolved via the directory, and the next JPP meeting the youth is on the agenda of. Shown only after
/// <see cref="Access.BotAction.ViewYouthCard"/> was allowed.
/// </summary>
public sealed record YouthCardInfo(
    long YouthId,
    string Code,
    string FirstName,
    string? Tussenvoegsel,
    string LastName,
    DateOnly DateOfBirth,
    string JppId,
    string JppName,
    YouthLevel Level,
    DateTime LevelSinceUtc,
    ProfessionalContact? Casusregisseur,
    ProfessionalContact? Procesregisseur,
    DateTime? NextJppMeetingUtc)
{
    /// <summary>"Jan de Vries": first name, tussenvoegsel and surname as registered.</summary>
    public string FullName => YouthNames.Full(FirstName, Tussenvoegsel, LastName);
}
