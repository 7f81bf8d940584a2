namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>
/// The placeholders a letter template may hold, written <c>{{naam}}</c> in the .docx the programme edits in Word.
/// One list, so the template check and the filling agree.
/// </summary>
public static class LetterPlaceholders
{
    public static IReadOnlyDictionary<string, string> Values(LetterFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["datum"] = Time.AmsterdamTime.Date(facts.Date),
            ["plaats"] = facts.Place,
            ["jongere"] = facts.YouthFullName,
            ["jongere_voornaam"] = facts.YouthFirstName,
            ["jpp"] = facts.JppName,
            ["casusregisseur"] = facts.CasusregisseurName,
            ["casusregisseur_organisatie"] = facts.CasusregisseurOrganisation,
            ["casusregisseur_telefoon"] = string.IsNullOrWhiteSpace(facts.CasusregisseurPhone) ? "(geen telefoonnummer bekend)" : facts.CasusregisseurPhone,
            ["casusregisseur_email"] = string.IsNullOrWhiteSpace(facts.CasusregisseurEmail) ? "(geen e-mailadres bekend)" : facts.CasusregisseurEmail,
            ["voorzitter"] = facts.ChairName,
        };
    }

    public static IReadOnlyCollection<string> Names { get; } =
    [
        "datum", "plaats", "jongere", "jongere_voornaam", "jpp", "casusregisseur", "casusregisseur_organisatie",
        "casusregisseur_telefoon", "casusregisseur_email", "voorzitter",
    ];
}
