using PmgBot.Cards.Localization;

namespace PmgBot.Core.Features.Reports;

/// <summary>
/// The texts of reporting a concern outside the card templates (messages above the form, field errors, confirmations):
/// <c>ReportTexts.resx</c> (Dutch) and <c>ReportTexts.en.resx</c> (English), one key per text, read in the turn's language.
/// </summary>
public static class ReportTexts
{
    public static readonly TextResources Resources = new(typeof(ReportTexts));

    /// <summary>Controleer de velden met een melding hieronder. Er is nog niets opgeslagen.</summary>
    public static string CheckFields => Resources[nameof(CheckFields)];

    /// <summary>Dit formulier is verouderd. Vul het nieuwe formulier hieronder in; er is nog niets opgeslagen.</summary>
    public static string OldCard => Resources[nameof(OldCard)];

    /// <summary>Dit formulier is niet compleet aangekomen. Vul het nieuwe formulier hieronder in; er is nog niets…</summary>
    public static string IncompleteCard => Resources[nameof(IncompleteCard)];

    /// <summary>Dit formulier is al door iemand anders gebruikt. Vul het nieuwe formulier hieronder in; er is nog…</summary>
    public static string OtherReportersCard => Resources[nameof(OtherReportersCard)];

    /// <summary>Voor deze gemeente is nog geen JPP ingericht, dus er is nog niemand die je melding kan beoordelen…</summary>
    public static string NoJpp => Resources[nameof(NoJpp)];

    /// <summary>De datum van de volgende JPP is nog niet bekend.</summary>
    public static string NextMeetingUnknown => Resources[nameof(NextMeetingUnknown)];

    /// <summary>Groep: {0}</summary>
    public static string AboutGroup(object? value0) => Resources.Format(nameof(AboutGroup), value0);

    /// <summary>Locatie: {0}</summary>
    public static string AboutLocation(object? value0) => Resources.Format(nameof(AboutLocation), value0);

    /// <summary> (geboren {0})</summary>
    public static string AboutBorn(object? value0) => Resources.Format(nameof(AboutBorn), value0);

    /// <summary>Kies waar de melding over gaat: een jongere, een groep of een locatie.</summary>
    public static string SubjectMissing => Resources[nameof(SubjectMissing)];

    /// <summary>Vul de voornaam in.</summary>
    public static string FirstNameMissing => Resources[nameof(FirstNameMissing)];

    /// <summary>De voornaam</summary>
    public static string FirstNameSubject => Resources[nameof(FirstNameSubject)];

    /// <summary>Het tussenvoegsel</summary>
    public static string TussenvoegselSubject => Resources[nameof(TussenvoegselSubject)];

    /// <summary>Vul de achternaam in.</summary>
    public static string LastNameMissing => Resources[nameof(LastNameMissing)];

    /// <summary>De achternaam</summary>
    public static string LastNameSubject => Resources[nameof(LastNameSubject)];

    /// <summary>De naam van de school</summary>
    public static string SchoolSubject => Resources[nameof(SchoolSubject)];

    /// <summary>Geef de groep een korte naam.</summary>
    public static string GroupNameMissing => Resources[nameof(GroupNameMissing)];

    /// <summary>Vul de naam van de plek in.</summary>
    public static string PlaceNameMissing => Resources[nameof(PlaceNameMissing)];

    /// <summary>De naam van de groep of plek</summary>
    public static string GroupOrLocationSubject => Resources[nameof(GroupOrLocationSubject)];

    /// <summary>Kies een gemeente.</summary>
    public static string MunicipalityMissing => Resources[nameof(MunicipalityMissing)];

    /// <summary>Kies een gemeente uit de lijst.</summary>
    public static string MunicipalityUnknown => Resources[nameof(MunicipalityUnknown)];

    /// <summary>Kies of het een zorgsignaal of een veiligheidssignaal is.</summary>
    public static string KindMissing => Resources[nameof(KindMissing)];

    /// <summary>Kies waar het signaal vandaan komt: school, straat, thuis of online.</summary>
    public static string ContextMissing => Resources[nameof(ContextMissing)];

    /// <summary>Vul een beschrijving in.</summary>
    public static string DescriptionMissing => Resources[nameof(DescriptionMissing)];

    /// <summary>Kies of de melding spoed heeft.</summary>
    public static string UrgencyMissing => Resources[nameof(UrgencyMissing)];

    /// <summary>Geef aan of de jongere en de ouders van de melding weten.</summary>
    public static string InformedMissing => Resources[nameof(InformedMissing)];

    /// <summary>Geef aan waarom jongere en ouders het niet weten.</summary>
    public static string NotInformedReasonMissing => Resources[nameof(NotInformedReasonMissing)];

    /// <summary>De reden</summary>
    public static string NotInformedReasonSubject => Resources[nameof(NotInformedReasonSubject)];

    /// <summary>Vul de geboortedatum in.</summary>
    public static string DateOfBirthMissing => Resources[nameof(DateOfBirthMissing)];

    /// <summary>Deze geboortedatum bestaat niet. Kies de datum met de datumkiezer.</summary>
    public static string DateOfBirthInvalid => Resources[nameof(DateOfBirthInvalid)];

    /// <summary>De geboortedatum ligt in de toekomst.</summary>
    public static string DateOfBirthInFuture => Resources[nameof(DateOfBirthInFuture)];

    /// <summary>Deze geboortedatum ligt te ver in het verleden.</summary>
    public static string DateOfBirthTooOld => Resources[nameof(DateOfBirthTooOld)];

    /// <summary>Volgens deze geboortedatum is de jongere {0} jaar. PmgBot is voor jongeren van {1} tot en met {2}…</summary>
    public static string AgeOutsideRange(object? value0, object? value1, object? value2) => Resources.Format(nameof(AgeOutsideRange), value0, value1, value2);

    /// <summary>Kies minstens één soort zorg (of 'Anders').</summary>
    public static string ConcernsMissing => Resources[nameof(ConcernsMissing)];

    /// <summary>Kies de soorten zorg uit de lijst.</summary>
    public static string ConcernsUnknown => Resources[nameof(ConcernsUnknown)];

    /// <summary>De beschrijving is te lang ({0} tekens, maximaal {1}).</summary>
    public static string DescriptionTooLong(object? value0, object? value1) => Resources.Format(nameof(DescriptionTooLong), value0, value1);

    /// <summary>{0} is te lang ({1} tekens, maximaal {2}).</summary>
    public static string TooLong(object? value0, object? value1, object? value2) => Resources.Format(nameof(TooLong), value0, value1, value2);

    /// <summary>Zorg melden</summary>
    public static string DialogTitle => Resources[nameof(DialogTitle)];

    /// <summary>Melding {0} ontvangen</summary>
    public static string ConfirmationSummary(object? value0) => Resources.Format(nameof(ConfirmationSummary), value0);

    /// <summary>Je melding is ontvangen onder nummer {0}. Je ziet hem terug met 'mijn meldingen' in je persoonlij…</summary>
    public static string ReceivedInDialog(object? value0) => Resources.Format(nameof(ReceivedInDialog), value0);

    /// <summary>ontvangen</summary>
    public static string StatusReceived => Resources[nameof(StatusReceived)];

    /// <summary>in screening</summary>
    public static string StatusInScreening => Resources[nameof(StatusInScreening)];

    /// <summary>op agenda JPP</summary>
    public static string StatusOnAgenda => Resources[nameof(StatusOnAgenda)];

    /// <summary>doorverwezen</summary>
    public static string StatusReferred => Resources[nameof(StatusReferred)];

    /// <summary>geen actie</summary>
    public static string StatusNoAction => Resources[nameof(StatusNoAction)];

    /// <summary>onbekend</summary>
    public static string Unknown => Resources[nameof(Unknown)];

    /// <summary>jongere</summary>
    public static string SubjectYouth => Resources[nameof(SubjectYouth)];

    /// <summary>groep</summary>
    public static string SubjectGroup => Resources[nameof(SubjectGroup)];

    /// <summary>locatie</summary>
    public static string SubjectLocation => Resources[nameof(SubjectLocation)];

    /// <summary>Spoedmelding</summary>
    public static string UrgentAlertTitle => Resources[nameof(UrgentAlertTitle)];

    /// <summary>Er is een spoedmelding {0} binnengekomen voor {1}.</summary>
    public static string UrgentAlertText(object? value0, object? value1) => Resources.Format(nameof(UrgentAlertText), value0, value1);

    /// <summary>Open de melding</summary>
    public static string UrgentAlertButton => Resources[nameof(UrgentAlertButton)];

    /// <summary>Spoedmelding {0}</summary>
    public static string UrgentAlertSummary(object? value0) => Resources.Format(nameof(UrgentAlertSummary), value0);
}
