using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Register;

/// <summary>One line of "mijn casussen": a youth the user is casusregisseur of.</summary>
public sealed record OwnCase(
    string Code,
    string FirstName,
    string? Tussenvoegsel,
    string LastName,
    YouthLevel Level,
    DateTime? LastReportAtUtc)
{
    public string FullName => YouthNames.Full(FirstName, Tussenvoegsel, LastName);
}
