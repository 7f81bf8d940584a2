namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>
/// The placeholders a letter template may hold, written <c>{{naam}}</c> in the .docx the programme edits in Word.
/// One table, so the template check and the filling agree.
/// </summary>
public static class LetterPlaceholders
{
    private static readonly (string Name, Func<LetterFacts, string> Value)[] Table =
    [
        ("datum", f => Time.AmsterdamTime.Date(f.Date)),
        ("plaats", f => f.Place),
        ("jongere", f => f.YouthFullName),
        ("jongere_voornaam", f => f.YouthFirstName),
        ("jpp", f => f.JppName),
        ("casusregisseur", f => f.CasusregisseurName),
        ("casusregisseur_organisatie", f => f.CasusregisseurOrganisation),
        ("casusregisseur_telefoon", f => string.IsNullOrWhiteSpace(f.CasusregisseurPhone) ? "(geen telefoonnummer bekend)" : f.CasusregisseurPhone),
        ("casusregisseur_email", f => string.IsNullOrWhiteSpace(f.CasusregisseurEmail) ? "(geen e-mailadres bekend)" : f.CasusregisseurEmail),
        ("voorzitter", f => f.ChairName),
    ];

    public static IReadOnlyCollection<string> Names { get; } = [.. Table.Select(p => p.Name)];

    public static IReadOnlyDictionary<string, string> Values(LetterFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Table.ToDictionary(p => p.Name, p => p.Value(facts), StringComparer.Ordinal);
    }
}
