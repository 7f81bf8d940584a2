using PmgBot.Cards.Localization;

namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>
/// The words of the decision card and its command outside the template: the titles of the choices (decision, level,
/// referral, interventions, action item picks, due-date picks, the review proposal), the recorded decision and the answers of <c>besluit</c>:
/// <c>DecisionTexts.resx</c> (Dutch) and <c>DecisionTexts.en.resx</c> (English), one key per text, read in the turn's language.
/// </summary>
public static class DecisionTexts
{
    public static readonly TextResources Resources = new(typeof(DecisionTexts));

    /// <summary>Vervolg in JPP</summary>
    public static string KindVervolg => Resources[nameof(KindVervolg)];

    /// <summary>Opschalen (oranje of rood)</summary>
    public static string KindOpschalen => Resources[nameof(KindOpschalen)];

    /// <summary>Afschalen</summary>
    public static string KindAfschalen => Resources[nameof(KindAfschalen)];

    /// <summary>Afsluiten</summary>
    public static string KindAfsluiten => Resources[nameof(KindAfsluiten)];

    /// <summary>Doorverwijzen</summary>
    public static string KindDoorverwijzen => Resources[nameof(KindDoorverwijzen)];

    /// <summary>groen (JPP)</summary>
    public static string LevelGroen => Resources[nameof(LevelGroen)];

    /// <summary>oranje (LJA)</summary>
    public static string LevelOranje => Resources[nameof(LevelOranje)];

    /// <summary>rood (PGA)</summary>
    public static string LevelRood => Resources[nameof(LevelRood)];

    /// <summary>afgesloten</summary>
    public static string LevelAfgesloten => Resources[nameof(LevelAfgesloten)];

    /// <summary>geen</summary>
    public static string LevelGeen => Resources[nameof(LevelGeen)];

    /// <summary>ZVH regieteam</summary>
    public static string ReferralZvhRegieteam => Resources[nameof(ReferralZvhRegieteam)];

    /// <summary>Sociaal team</summary>
    public static string ReferralSociaalTeam => Resources[nameof(ReferralSociaalTeam)];

    /// <summary>Veilig Thuis</summary>
    public static string ReferralVeiligThuis => Resources[nameof(ReferralVeiligThuis)];

    /// <summary>Anders (zie reden)</summary>
    public static string ReferralAnders => Resources[nameof(ReferralAnders)];

    /// <summary>Gesprek met jongere en ouders</summary>
    public static string InterventionGesprek => Resources[nameof(InterventionGesprek)];

    /// <summary>Stopgesprek politie</summary>
    public static string InterventionStopgesprek => Resources[nameof(InterventionStopgesprek)];

    /// <summary>Halt-afdoening</summary>
    public static string InterventionHalt => Resources[nameof(InterventionHalt)];

    /// <summary>Begeleiding jongerenwerk</summary>
    public static string InterventionJongerenwerk => Resources[nameof(InterventionJongerenwerk)];

    /// <summary>Afspraken met school of leerplicht</summary>
    public static string InterventionSchool => Resources[nameof(InterventionSchool)];

    /// <summary>Jeugdhulp of wijkteam</summary>
    public static string InterventionJeugdhulp => Resources[nameof(InterventionJeugdhulp)];

    /// <summary>Jeugdreclassering</summary>
    public static string InterventionJeugdreclassering => Resources[nameof(InterventionJeugdreclassering)];

    /// <summary>Vrijetijdsbesteding of sport</summary>
    public static string InterventionVrijeTijd => Resources[nameof(InterventionVrijeTijd)];

    /// <summary>Gesprek met jongere en ouders</summary>
    public static string PickGesprekOuders => Resources[nameof(PickGesprekOuders)];

    /// <summary>Huisbezoek bij het gezin</summary>
    public static string PickHuisbezoek => Resources[nameof(PickHuisbezoek)];

    /// <summary>Stopgesprek houden</summary>
    public static string PickStopgesprek => Resources[nameof(PickStopgesprek)];

    /// <summary>Halt inschakelen voor het preventieve aanbod</summary>
    public static string PickHalt => Resources[nameof(PickHalt)];

    /// <summary>Contact met school en leerplicht over verzuim</summary>
    public static string PickSchoolVerzuim => Resources[nameof(PickSchoolVerzuim)];

    /// <summary>Passende vrijetijdsbesteding zoeken met de jongere</summary>
    public static string PickVrijeTijd => Resources[nameof(PickVrijeTijd)];

    /// <summary>Hulpverlening of wijkteam inschakelen</summary>
    public static string PickHulpverlening => Resources[nameof(PickHulpverlening)];

    /// <summary>Nagaan welke maatregelen al lopen</summary>
    public static string PickMaatregelen => Resources[nameof(PickMaatregelen)];

    /// <summary>Terugkoppelen in het volgende JPP</summary>
    public static string PickTerugkoppelen => Resources[nameof(PickTerugkoppelen)];

    /// <summary>Voorstel bij vervolg: het eerste JPP-overleg na de bespreektermijn van {0} weken. Pas de datum aan als dat nodig is. …</summary>
    public static string ReviewAtMeeting(object? value0) => Resources.Format(nameof(ReviewAtMeeting), value0);

    /// <summary>Voorstel bij vervolg: na de bespreektermijn van {0} weken (zo ver vooruit is nog geen overleg gepland). …</summary>
    public static string ReviewAfterWeeks(object? value0) => Resources.Format(nameof(ReviewAfterWeeks), value0);

    /// <summary>binnen een week ({0})</summary>
    public static string DueWithinWeek(object? value0) => Resources.Format(nameof(DueWithinWeek), value0);

    /// <summary>binnen twee weken ({0})</summary>
    public static string DueWithinTwoWeeks(object? value0) => Resources.Format(nameof(DueWithinTwoWeeks), value0);

    /// <summary>voor de volgende JPP ({0})</summary>
    public static string DueBeforeNextJpp(object? value0) => Resources.Format(nameof(DueBeforeNextJpp), value0);

    /// <summary>zoals voorgesteld ({0})</summary>
    public static string DueAsProposed(object? value0) => Resources.Format(nameof(DueAsProposed), value0);

    /// <summary>{0} (niveau {1}), {2}. Vastgelegd door {3} op {4}.</summary>
    public static string RecordedSummary(object? value0, object? value1, object? value2, object? value3, object? value4) => Resources.Format(nameof(RecordedSummary), value0, value1, value2, value3, value4);

    /// <summary>1 actiepunt</summary>
    public static string ItemsOne => Resources[nameof(ItemsOne)];

    /// <summary>{0} actiepunten</summary>
    public static string ItemsMany(object? value0) => Resources.Format(nameof(ItemsMany), value0);

    /// <summary>Typ 'besluit' met de code van de jongere, bijvoorbeeld: besluit PMG-J-0017.</summary>
    public static string AskCode => Resources[nameof(AskCode)];

    /// <summary>Deze jongere staat nog niet op de agenda van een JPP-overleg dat al begonnen is. Een besluit leg je…</summary>
    public static string NoMeeting => Resources[nameof(NoMeeting)];
}
