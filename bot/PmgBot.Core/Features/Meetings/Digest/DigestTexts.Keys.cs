using PmgBot.Cards.Localization;

namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>
/// The texts of the chair's digest and the participants' window cards; the logic is in DigestTexts.cs.
/// <c>DigestTexts.resx</c> (Dutch) and <c>DigestTexts.en.resx</c> (English), one key per text, read in the turn's language.
/// </summary>
public static partial class DigestTexts
{
    public static readonly TextResources Resources = new(typeof(DigestTexts));

    /// <summary>Er is geen volgende vergadering van jouw JPP gepland. Vraag de beheerder om de vergaderreeks van je…</summary>
    public static string NoMeeting => Resources[nameof(NoMeeting)];

    /// <summary>Deze vergadering is al begonnen of voorbij. Er is niets geboekt.</summary>
    public static string MeetingClosed => Resources[nameof(MeetingClosed)];

    /// <summary>Voor dit JPP is geen vergaderreeks met organisator-mailbox ingesteld, dus er kan niets geboekt worde…</summary>
    public static string NoSeries => Resources[nameof(NoSeries)];

    /// <summary>Bevestigen en uitnodigingen versturen</summary>
    public static string ConfirmTitle => Resources[nameof(ConfirmTitle)];

    /// <summary>Verder gaan</summary>
    public static string ContinueTitle => Resources[nameof(ContinueTitle)];

    /// <summary>Agenda {0}</summary>
    public static string TitleText(object? value0) => Resources.Format(nameof(TitleText), value0);

    /// <summary>De agenda voor het casusoverleg van {0} op {1} staat klaar: {2}. Bekijk de volgorde en bevestig om d…</summary>
    public static string MessageText(object? value0, object? value1, object? value2) => Resources.Format(nameof(MessageText), value0, value1, value2);

    /// <summary>Agenda {0}, {1}: {2}</summary>
    public static string SummaryText(object? value0, object? value1, object? value2) => Resources.Format(nameof(SummaryText), value0, value1, value2);

    /// <summary>Let op: deze datum is geen werkdag.</summary>
    public static string DayOffText => Resources[nameof(DayOffText)];

    /// <summary>Let op: deze datum is geen werkdag. Voorstel: {0}.</summary>
    public static string DayOffWithProposal(object? value0) => Resources.Format(nameof(DayOffWithProposal), value0);

    /// <summary>Niet te controleren: de agenda's zijn niet gekoppeld of nu niet bereikbaar.</summary>
    public static string ConflictsUnknown => Resources[nameof(ConflictsUnknown)];

    /// <summary>Geen conflicten: alle {0} gecontroleerde agenda's zijn vrij.</summary>
    public static string ConflictsNone(object? value0) => Resources.Format(nameof(ConflictsNone), value0);

    /// <summary>1 van de {0} vaste deelnemers heeft dan een andere afspraak.</summary>
    public static string ConflictsOne(object? value0) => Resources.Format(nameof(ConflictsOne), value0);

    /// <summary>{0} van de {1} vaste deelnemers hebben dan een andere afspraak.</summary>
    public static string ConflictsMany(object? value0, object? value1) => Resources.Format(nameof(ConflictsMany), value0, value1);

    /// <summary>misschien bezet</summary>
    public static string BusyTentative => Resources[nameof(BusyTentative)];

    /// <summary>afwezig</summary>
    public static string BusyOutOfOffice => Resources[nameof(BusyOutOfOffice)];

    /// <summary>werkt elders</summary>
    public static string BusyElsewhere => Resources[nameof(BusyElsewhere)];

    /// <summary>bezet</summary>
    public static string BusyBusy => Resources[nameof(BusyBusy)];

    /// <summary>De slimme volgorde kon niet worden berekend ({0}). De agenda staat in volgorde van binnenkomst.</summary>
    public static string SavingFailed(object? value0) => Resources.Format(nameof(SavingFailed), value0);

    /// <summary>Er staan nog geen casussen op de agenda.</summary>
    public static string SavingEmpty => Resources[nameof(SavingEmpty)];

    /// <summary>Wachttijd van de organisaties samen: {0} (in volgorde van binnenkomst {1}).</summary>
    public static string SavingText(object? value0, object? value1) => Resources.Format(nameof(SavingText), value0, value1);

    /// <summary>nieuw</summary>
    public static string KindNieuw => Resources[nameof(KindNieuw)];

    /// <summary>vervolg</summary>
    public static string KindVervolg => Resources[nameof(KindVervolg)];

    /// <summary>op- of afschalen</summary>
    public static string KindOpAfschalen => Resources[nameof(KindOpAfschalen)];

    /// <summary>groep of locatie</summary>
    public static string LevelGroupOrLocation => Resources[nameof(LevelGroupOrLocation)];

    /// <summary>geen</summary>
    public static string LevelGeen => Resources[nameof(LevelGeen)];

    /// <summary>groen</summary>
    public static string LevelGroen => Resources[nameof(LevelGroen)];

    /// <summary>oranje</summary>
    public static string LevelOranje => Resources[nameof(LevelOranje)];

    /// <summary>rood</summary>
    public static string LevelRood => Resources[nameof(LevelRood)];

    /// <summary>afgesloten</summary>
    public static string LevelAfgesloten => Resources[nameof(LevelAfgesloten)];

    /// <summary>1 casus</summary>
    public static string CasesOne => Resources[nameof(CasesOne)];

    /// <summary>{0} casussen</summary>
    public static string CasesMany(object? value0) => Resources.Format(nameof(CasesMany), value0);

    /// <summary>1 minuut</summary>
    public static string MinutesOne => Resources[nameof(MinutesOne)];

    /// <summary>{0} minuten</summary>
    public static string MinutesMany(object? value0) => Resources.Format(nameof(MinutesMany), value0);

    /// <summary>Casussen</summary>
    public static string FactCases => Resources[nameof(FactCases)];

    /// <summary>Nieuw / vervolg / op- of afschalen</summary>
    public static string FactKinds => Resources[nameof(FactKinds)];

    /// <summary>Geen / groen / oranje / rood</summary>
    public static string FactLevels => Resources[nameof(FactLevels)];

    /// <summary>Groep of locatie</summary>
    public static string FactWithoutYouth => Resources[nameof(FactWithoutYouth)];

    /// <summary>Uitnodigingen te versturen</summary>
    public static string FactInvitations => Resources[nameof(FactInvitations)];

    /// <summary>geen organisaties</summary>
    public static string NoOrganisations => Resources[nameof(NoOrganisations)];

    /// <summary>{0} · {1} · {2} min</summary>
    public static string ItemDetail(object? value0, object? value1, object? value2) => Resources.Format(nameof(ItemDetail), value0, value1, value2);

    /// <summary>{0} tot {1}</summary>
    public static string WindowSpan(object? value0, object? value1) => Resources.Format(nameof(WindowSpan), value0, value1);

    /// <summary>Je bent uitgenodigd voor het casusoverleg van {0} op {1}, van {2}, voor {3}: {4}.</summary>
    public static string WindowMessage(object? value0, object? value1, object? value2, object? value3, object? value4) => Resources.Format(nameof(WindowMessage), value0, value1, value2, value3, value4);

    /// <summary>Uitnodiging casusoverleg {0}, {1}</summary>
    public static string WindowSummary(object? value0, object? value1) => Resources.Format(nameof(WindowSummary), value0, value1);

    /// <summary>Kies eerst een agendapunt. Er is niets gewijzigd.</summary>
    public static string ChooseItem => Resources[nameof(ChooseItem)];

    /// <summary>De vergadering begint al snel; er komt geen herinnering meer. Bevestig nu, of bekijk de agenda later met 'agenda'.</summary>
    public static string TooLateToRemind => Resources[nameof(TooLateToRemind)];

    /// <summary>De volgorde en de vensters zijn opnieuw berekend.</summary>
    public static string Replanned => Resources[nameof(Replanned)];

    /// <summary>{0} staat nu op de agenda.</summary>
    public static string AddedText(object? value0) => Resources.Format(nameof(AddedText), value0);

    /// <summary>{0} is van de agenda gehaald. Reden: {1}</summary>
    public static string RemovedText(object? value0, object? value1) => Resources.Format(nameof(RemovedText), value0, value1);

    /// <summary>{0} staat nu op de agenda van de JPP van {1}.</summary>
    public static string MovedToText(object? value0, object? value1) => Resources.Format(nameof(MovedToText), value0, value1);

    /// <summary>{0} is verplaatst naar de volgende JPP.</summary>
    public static string MovedNextText(object? value0) => Resources.Format(nameof(MovedNextText), value0);

    /// <summary>Reden: {0}</summary>
    public static string MovedReasonText(object? value0) => Resources.Format(nameof(MovedReasonText), value0);

    /// <summary>Je krijgt deze agenda opnieuw op {0}.</summary>
    public static string RemindedText(object? value0) => Resources.Format(nameof(RemindedText), value0);

    /// <summary>Herinnering:</summary>
    public static string ReminderPrefix => Resources[nameof(ReminderPrefix)];
}
