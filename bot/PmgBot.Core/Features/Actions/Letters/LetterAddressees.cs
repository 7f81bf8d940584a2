namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>Who a letter may be written to: the parents always, the youth from 16 years on the letter's date.</summary>
public static class LetterAddressees
{
    public const int YouthFromAge = 16;

    public static IReadOnlyList<LetterAddressee> Allowed(DateOnly dateOfBirth, DateOnly letterDate) =>
        dateOfBirth.AddYears(YouthFromAge) <= letterDate ? [LetterAddressee.Ouders, LetterAddressee.Jongere] : [LetterAddressee.Ouders];
}
