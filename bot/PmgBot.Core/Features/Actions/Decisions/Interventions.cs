namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>
/// The catalogue of interventions a decision can name (code → title in the turn's language, DecisionTexts); anything
/// else goes in the free text. The codes are stored, the titles never.
/// </summary>
public static class Interventions
{
    public static IReadOnlyList<(string Code, string Title)> All =>
    [
        ("gesprek", DecisionTexts.InterventionGesprek),
        ("stopgesprek", DecisionTexts.InterventionStopgesprek),
        ("halt", DecisionTexts.InterventionHalt),
        ("jongerenwerk", DecisionTexts.InterventionJongerenwerk),
        ("school", DecisionTexts.InterventionSchool),
        ("jeugdhulp", DecisionTexts.InterventionJeugdhulp),
        ("jeugdreclassering", DecisionTexts.InterventionJeugdreclassering),
        ("vrije-tijd", DecisionTexts.InterventionVrijeTijd),
    ];

    public static string? TitleOf(string code) => All.Where(i => i.Code == code).Select(i => i.Title).FirstOrDefault();
}
