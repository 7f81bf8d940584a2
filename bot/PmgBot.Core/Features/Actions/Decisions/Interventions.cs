namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>The catalogue of interventions a decision can name (code → Dutch title); anything else goes in the free text.</summary>
public static class Interventions
{
    public static readonly IReadOnlyList<(string Code, string Title)> All =
    [
        ("gesprek", "Gesprek met jongere en ouders"),
        ("stopgesprek", "Stopgesprek politie"),
        ("halt", "Halt-afdoening"),
        ("jongerenwerk", "Begeleiding jongerenwerk"),
        ("school", "Afspraken met school of leerplicht"),
        ("jeugdhulp", "Jeugdhulp of wijkteam"),
        ("jeugdreclassering", "Jeugdreclassering"),
        ("vrije-tijd", "Vrijetijdsbesteding of sport"),
    ];

    public static string? TitleOf(string code) => All.Where(i => i.Code == code).Select(i => i.Title).FirstOrDefault();
}
