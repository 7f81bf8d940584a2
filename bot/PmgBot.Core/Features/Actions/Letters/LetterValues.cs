namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>
/// The fixed Dutch words of the letters that are not texts to read but values: the kind as a command word, in file
/// names and audit details, and the addressee as the card's choice value and in link tokens. They never change with
/// the user's language (an English user types the same commands; a token made in one language opens in the other).
/// </summary>
public static class LetterValues
{
    /// <summary>"notificatiebrief" / "complimentbrief".</summary>
    public static string Kind(LetterKind kind) => kind switch
    {
        LetterKind.Notificatiebrief => "notificatiebrief",
        LetterKind.Complimentbrief => "complimentbrief",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown letter."),
    };

    /// <summary>"ouders" / "jongere".</summary>
    public static string Addressee(LetterAddressee addressee) => addressee.ToString().ToLowerInvariant();

    public static LetterAddressee? ParseAddressee(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "ouders" => LetterAddressee.Ouders,
        "jongere" => LetterAddressee.Jongere,
        _ => null,
    };
}
