using PmgBot.Cards.Localization;

namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>
/// The common JPP actions the decision card offers as quick picks for an action item's "what" (from the programme's
/// sources: a talk with the youth and parents, a stopgesprek, Halt's preventive offer, school and leerplicht about
/// truancy, leisure with the youth worker, bringing in care, checking which measures already run, reporting back).
/// The card shows the titles in the turn's language; the code is what the card submits (stable: it is in sent cards).
/// A pick is stored as its Dutch title, like every stored text the owner and the other partners read later.
/// </summary>
public static class ActionPicks
{
    private static readonly (string Code, string Key)[] Table =
    [
        ("gesprek-ouders", nameof(DecisionTexts.PickGesprekOuders)),
        ("huisbezoek", nameof(DecisionTexts.PickHuisbezoek)),
        ("stopgesprek", nameof(DecisionTexts.PickStopgesprek)),
        ("halt", nameof(DecisionTexts.PickHalt)),
        ("school-verzuim", nameof(DecisionTexts.PickSchoolVerzuim)),
        ("vrije-tijd", nameof(DecisionTexts.PickVrijeTijd)),
        ("hulpverlening", nameof(DecisionTexts.PickHulpverlening)),
        ("maatregelen", nameof(DecisionTexts.PickMaatregelen)),
        ("terugkoppelen", nameof(DecisionTexts.PickTerugkoppelen)),
    ];

    /// <summary>Code and title in the turn's language, in the card's order.</summary>
    public static IReadOnlyList<(string Code, string Title)> All => [.. Table.Select(p => (p.Code, DecisionTexts.Resources[p.Key]))];

    /// <summary>The text stored for a picked code (Dutch), or null when the code is not in the catalogue.</summary>
    public static string? StoredTextOf(string? code)
    {
        var value = code?.Trim();
        return Table.Where(p => string.Equals(p.Code, value, StringComparison.OrdinalIgnoreCase))
            .Select(p => DecisionTexts.Resources.Get(p.Key, BotLanguage.Dutch))
            .FirstOrDefault();
    }
}
