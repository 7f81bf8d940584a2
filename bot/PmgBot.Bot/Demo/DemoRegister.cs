using PmgBot.Core.Register;

namespace PmgBot.Bot.Demo;

/// <summary>
/// The fictional demo register: thirteen youths across the Parkstad JPPs (names made up, "Verzonnen", "Fictief",
/// "Denkbeeld" …), with levels, casusregisseurs and procesregisseurs from the demo directory, involvements and a few
/// reports. The Playground user Alex Wilber (Mijnstreek College) reported <see cref="ReportedByPlaygroundUser"/>
/// (contact-only card), works for an organisation involved in <see cref="InvolvesPlaygroundUser"/> (full card) and is
/// the casusregisseur of <see cref="CasusregisseurIsPlaygroundUser"/>, first discussed at the last Heerlen meeting, whose
/// notificatiebrief is still to be sent (<c>brieven</c>).
/// </summary>
internal static class DemoRegister
{
    public const string PlaygroundUser = "00000000-0000-0000-0000-0000000000020";

    public const int InvolvesPlaygroundUser = 0;
    public const int ReportedByPlaygroundUser = 1;
    public const int CasusregisseurIsPlaygroundUser = 12;

    private const string MariekeJanssen = "d0000000-0000-4000-8000-000000000001";
    private const string RuudHendriks = "d0000000-0000-4000-8000-000000000002";
    private const string FemkeSchreurs = "d0000000-0000-4000-8000-000000000003";
    private const string TomDassen = "d0000000-0000-4000-8000-000000000007";
    private const string RickSmeets = "d0000000-0000-4000-8000-000000000016";
    private const string SemJacobs = "d0000000-0000-4000-8000-000000000018";
    private const string SophieBrouns = "d0000000-0000-4000-8000-000000000021";
    private const string MarkHabets = "d0000000-0000-4000-8000-000000000022";
    private const string YaraElIdrissi = "d0000000-0000-4000-8000-000000000023";
    private const string NielsVankan = "d0000000-0000-4000-8000-000000000024";
    private const string FleurWetzels = "d0000000-0000-4000-8000-000000000025";
    private const string WouterOffermans = "d0000000-0000-4000-8000-000000000030";

    public static readonly IReadOnlyList<DemoYouth> Youths =
    [
        new("Jan", "de", "Vries", new DateOnly(2010, 3, 12), "jpp-heerlen", YouthLevel.Oranje, 40, YaraElIdrissi, MariekeJanssen,
            ["jongerenwerk-parkstad", "mijnstreek-college", "jeugdreclassering-limburg"]),
        new("Noa", null, "Verzonnen", new DateOnly(2011, 7, 21), "jpp-heerlen", YouthLevel.Groen, 75, SophieBrouns, null,
            ["jeugdreclassering-limburg"]),
        new("Daan", null, "Fictief", new DateOnly(2009, 1, 30), "jpp-heerlen", YouthLevel.Groen, 20, SemJacobs, null,
            ["halt-zuid-limburg", "politie-parkstad"]),
        new("Lina", null, "Bedacht", new DateOnly(2012, 5, 9), "jpp-kerkrade", YouthLevel.Oranje, 60, NielsVankan, RuudHendriks,
            ["jongerenwerk-parkstad", "anker-lyceum"]),
        new("Milan", null, "Proefhuis", new DateOnly(2010, 10, 2), "jpp-kerkrade", YouthLevel.Rood, 15, MarkHabets, null,
            ["jeugdreclassering-limburg", "politie-parkstad"]),
        new("Sophie", "van", "Denkbeeld", new DateOnly(2011, 2, 14), "jpp-brunssum", YouthLevel.Groen, 35, FleurWetzels, null,
            ["jongerenwerk-parkstad"]),
        new("Finn", null, "Verzinsel", new DateOnly(2008, 8, 8), "jpp-brunssum", YouthLevel.Oranje, 50, MarkHabets, FemkeSchreurs,
            ["jeugdreclassering-limburg", "straatcoaches-parkstad"]),
        new("Amira", null, "Testhoven", new DateOnly(2013, 3, 3), "jpp-landgraaf", YouthLevel.Groen, 10, SophieBrouns, null,
            ["jeugdreclassering-limburg", "leerplicht-parkstad"]),
        new("Bram", null, "Voorbeeldt", new DateOnly(2010, 12, 24), "jpp-simpelveld", YouthLevel.Geen, 3, null, null,
            ["leerplicht-parkstad"]),
        new("Zoë", null, "Fantasia", new DateOnly(2009, 6, 17), "jpp-voerendaal", YouthLevel.Groen, 90, FleurWetzels, null,
            ["jongerenwerk-parkstad"]),
        new("Ayoub", "el", "Verzonnen", new DateOnly(2011, 11, 11), "jpp-beekdaelen", YouthLevel.Afgesloten, 120, FleurWetzels, null,
            ["jongerenwerk-parkstad", "halt-zuid-limburg"]),
        new("Jan", "de", "Vries", new DateOnly(2009, 12, 3), "jpp-landgraaf", YouthLevel.Groen, 25, SophieBrouns, null,
            ["jeugdreclassering-limburg"]),
        // Groen since its first discussion at the last Heerlen meeting (the seeder sets the moment).
        new("Luuk", null, "Verdichtsel", new DateOnly(2010, 9, 15), "jpp-heerlen", YouthLevel.Groen, 7, PlaygroundUser, null,
            ["mijnstreek-college", "jongerenwerk-parkstad"]),
    ];

    public static readonly IReadOnlyList<DemoReport> Reports =
    [
        new(InvolvesPlaygroundUser, TomDassen, "gemeente-heerlen", 12, ReportKind.Veiligheid, ReportContext.Straat,
            ConcernTypes.Overlast | ConcernTypes.Drugs, "Fictieve demomelding: hangt 's avonds rond bij het station met een groep oudere jongeren.", true),
        new(ReportedByPlaygroundUser, PlaygroundUser, "mijnstreek-college", 60, ReportKind.Zorg, ReportContext.School,
            ConcernTypes.Schoolverzuim | ConcernTypes.ZorgenThuis, "Fictieve demomelding: veel afwezig sinds de herfstvakantie, oogt moe en teruggetrokken.", false),
        new(3, WouterOffermans, "anker-lyceum", 20, ReportKind.Zorg, ReportContext.School,
            ConcernTypes.Schoolverzuim, "Fictieve demomelding: spijbelt structureel op maandag en dinsdag.", true),
        new(5, RickSmeets, "politie-parkstad", 5, ReportKind.Veiligheid, ReportContext.Online,
            ConcernTypes.OnlineOfCyber, "Fictieve demomelding: bedreigingen in een groepsapp.", true),
        new(4, RickSmeets, "politie-parkstad", 30, ReportKind.Veiligheid, ReportContext.Straat,
            ConcernTypes.Geweld | ConcernTypes.Wapenbezit, "Fictieve demomelding: betrokken bij een vechtpartij, mes gezien.", false),
    ];

    /// <summary>
    /// The action items of the last Heerlen meeting's decision about <see cref="InvolvesPlaygroundUser"/> (vervolg in JPP):
    /// the Playground user has one due in two days and one three days overdue (reminders, and something to tick off),
    /// the casusregisseur one due next week and one done, the youth probation officer one overdue long enough for the chair.
    /// </summary>
    public static readonly IReadOnlyList<DemoActionItem> LastMeetingItems =
    [
        new(PlaygroundUser, "Aanwezigheid bespreken met de mentor en terugkoppelen aan de casusregisseur", 2),
        new(PlaygroundUser, "Verzuim melden bij leerplicht", -3),
        new(YaraElIdrissi, "Huisbezoek bij de ouders afleggen", 6),
        new(YaraElIdrissi, "Gesprek met de jongere over sport en vrije tijd", -1, Done: true),
        new(SophieBrouns, "Afstemmen met de jeugdreclassering over het toezicht", -6),
    ];

    /// <summary>The Brunssum youth Finn Verzinsel is shared with JPP Heerlen (the waterbed effect).</summary>
    public static readonly (int YouthIndex, string JppId, string DecidedById) Share = (6, "jpp-heerlen", FemkeSchreurs);
}
