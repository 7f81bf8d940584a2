namespace PmgBot.Core.Features.Welcome.Intents;

/// <summary>
/// The Dutch phrase table: per intent, the word groups that point to it (all words present, any order, a typo allowed
/// per word). Inflections and synonyms are listed as separate phrases. A phrase of more letters wins over a shorter one,
/// so a specific phrase ("mijn meldingen") beats the general one ("meldingen").
/// </summary>
public static class DutchPhrases
{
    public static IReadOnlyList<IntentPhrase> All { get; } =
    [
        .. Phrases(Intent.Help,
            "help", "hulp", "menu", "start", "hallo", "hoi", "hey", "hee", "goedemorgen", "goedemiddag", "goedenavond", "goedendag",
            "dag", "wat kun je", "wat kan je", "wat kan jij", "wat kun jij", "wat kun je doen", "wat doe je", "hoe werkt dit", "hoe werkt het",
            "wat kan ik hier", "wat kan ik", "deze bot", "waar kan je mee helpen", "opties", "overzicht opties", "laat menu zien", "menu zien", "welkom"),
        .. Phrases(Intent.Report,
            "melding", "meldingen", "melden", "signaal", "signalen", "zorg", "zorgen", "zorgmelding", "zorgsignaal", "veiligheidssignaal",
            "aanmelden", "aanmelding", "melding maken", "melding doen", "nieuwe melding", "signaal afgeven", "signaal doorgeven",
            "zorg melden", "zorgen melden", "maak zorgen", "zorgen over", "zorgen om", "bezorgd", "ongerust", "niet pluis", "zorgelijk",
            "verontrustend", "overlast", "jongere aanmelden", "iets melden", "kwijt", "vertrouw niet", "melding over", "gemeld wil",
            "signaal over", "heb signaal", "zorgen over leerling"),
        .. Phrases(Intent.MyReports,
            "mijn meldingen", "mijn melding", "mijn signalen", "mijn signaal", "status melding", "status meldingen", "meldingen heb ik",
            "melding gedaan", "meldingen gedaan", "ik heb gemeld", "heb gemeld", "eerdere meldingen", "gemelde", "gebeurd melding",
            "gebeurd zorgen gemeld", "staat melding", "mijn zorgen gemeld", "meldingen van mij", "melding van mij"),
        .. Phrases(Intent.Lookup,
            "casusregisseur", "casusregisseurs", "wie is casusregisseur", "casusregisseur van", "casusregisseur opzoeken", "zoek casusregisseur",
            "regisseur", "casusregie", "regie over", "wie heeft regie", "contactpersoon", "contact opnemen over", "contact over",
            "wie is cr", "cr van", "opzoeken", "zoek jongere", "jongere zoeken", "wie begeleidt", "wie is betrokken",
            "ik zoek casusregisseur", "zoek de casusregisseur"),
        .. Phrases(Intent.MyCases,
            "mijn casussen", "mijn casus", "mijn cases", "mijn jongeren", "ben ik casusregisseur", "ik als casusregisseur",
            "ik casusregisseur van", "eigen casussen", "casussen"),
        .. Phrases(Intent.MyDetails,
            "mijn gegevens", "wie ben ik", "mijn profiel", "wat weet je over mij", "weet je van mij", "welke rol heb ik", "mijn rol",
            "mijn rollen", "welk jpp zit ik", "bij welk jpp", "welke organisatie sta ik", "mijn organisatie", "eigen gegevens", "over mij"),
        .. Phrases(Intent.Privacy,
            "privacy", "avg", "gdpr", "privacyverklaring", "persoonsgegevens", "gegevens opgeslagen", "gegevens bewaard", "bewaartermijn",
            "gegevens jongeren opgeslagen", "waar worden gegevens", "wat doe je met gegevens", "dpia"),
        .. Phrases(Intent.NetworkOverview,
            "netwerkoverzicht", "netwerk overzicht", "netwerk", "overzicht netwerk", "hoeveel organisaties", "organisaties aangesloten",
            "hoeveel professionals", "professionals per jpp", "aantallen"),
        .. Phrases(Intent.Screening,
            "screening", "screenen", "screen", "meldingen screenen", "nieuwe meldingen screenen", "wachten op screening", "signalen screenen",
            "moet screenen", "te screenen"),
        .. Phrases(Intent.Agenda,
            "agenda", "agenda jpp", "agenda volgende", "volgende jpp", "volgend overleg", "volgende vergadering", "bespreken we",
            "wat bespreken", "op de agenda", "casusoverleg", "digest"),
        .. Phrases(Intent.MyActions,
            "mijn acties", "mijn actie", "mijn actiepunten", "mijn taken", "mijn openstaande acties", "wat moet ik nog doen",
            "moet ik nog doen", "moet ik doen", "acties op mijn naam", "acties van mij", "actiepunten open heb ik", "heb ik actiepunten",
            "mijn to do", "mijn todo", "openstaande acties mij"),
        .. Phrases(Intent.Actions,
            "acties", "alle acties", "actiepunten", "alle actiepunten", "actielijst", "acties jpp", "acties verlopen", "verlopen acties",
            "openstaande acties", "afgeronde acties", "overzicht actiepunten", "acties open jpp", "acties ons jpp"),
        .. Phrases(Intent.RoleSwitch, "rol", "rol wisselen", "wissel rol", "andere rol", "rol melder", "rol voorzitter", "rol deelnemer",
            "rol casusregisseur", "rol procesregisseur", "rol programmamanager", "rol beheerder"),
    ];

    /// <summary>Words that turn the next few words of their clause around ("geen melding", "niks melden").</summary>
    public static IReadOnlyList<string> Negations { get; } = ["geen", "niet", "niks", "niets", "niemand", "nooit", "hoef"];

    /// <summary>Small words that say whose or which, compared exactly: "zijn" is not a typo of "mijn".</summary>
    public static IReadOnlyList<string> ExactWords { get; } = ["mijn", "mij", "van", "wie", "wat", "ik", "alle", "heb", "een", "over", "deze", "welk", "welke"];

    /// <summary>Common words one letter away from an intent word that mean something else ("morgen" is not "zorgen").</summary>
    public static IReadOnlyList<string> FalseFriends { get; } = ["morgen", "zijn", "jongen", "worden", "horen", "zorgt", "meldt", "hallen", "geven"];

    /// <summary>Words around a name that are not part of it ("van", "over", "geboren").</summary>
    public static IReadOnlyList<string> Fillers { get; } =
    [
        "wie", "is", "de", "het", "een", "van", "over", "voor", "geb", "geboren", "op", "ik", "zoek", "wil", "weten", "met", "moet",
        "contact", "opnemen", "graag", "aub", "a.u.b", "nou", "nee", "is", "heeft", "die", "dat", "jongere", "leerling", "jongen", "meisje",
    ];

    private static IEnumerable<IntentPhrase> Phrases(Intent intent, params string[] phrases) => phrases.Select(p => IntentPhrase.Of(intent, p));
}
