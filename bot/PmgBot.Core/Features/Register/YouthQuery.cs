
using PmgBot.Core.Features.Register.Matching;

namespace PmgBot.Core.Features.Register;

/// <summary>
/// A lookup as typed: the name and date-of-birth texts as the user gave them (to put back in the search card), the
/// parsed values, and a Dutch message per field when a part could not be used.
/// </summary>
public sealed record YouthQuery(
    string NameText,
    PersonName? Name,
    string DateText,
    DateOnly? DateOfBirth,
    string? NameError,
    string? DateError)
{
    /// <summary>Nothing typed at all: show the empty search card.</summary>
    public bool IsEmpty => NameText.Length == 0 && DateText.Length == 0;

    /// <summary>A name and (optionally) a date of birth that can be searched for.</summary>
    public bool IsValid => Name is not null && NameError is null && DateError is null;
}
