using PmgBot.Cards.Localization;

namespace PmgBot.Core.Features.Screening;

/// <summary>
/// The texts of screening outside the card templates (words for the report model, messages, the register line):
/// <c>ScreeningTexts.resx</c> (Dutch) and <c>ScreeningTexts.en.resx</c> (English), one key per text, read in the turn's language.
/// </summary>
public static partial class ScreeningTexts
{
    public static readonly TextResources Resources = new(typeof(ScreeningTexts));

    /// <summary>ontvangen</summary>
    public static string StatusOntvangen => Resources[nameof(StatusOntvangen)];

    /// <summary>in screening</summary>
    public static string StatusInScreening => Resources[nameof(StatusInScreening)];

    /// <summary>op agenda JPP</summary>
    public static string StatusOpAgendaJpp => Resources[nameof(StatusOpAgendaJpp)];

    /// <summary>doorverwezen</summary>
    public static string StatusDoorverwezen => Resources[nameof(StatusDoorverwezen)];

    /// <summary>geen actie</summary>
    public static string StatusGeenActie => Resources[nameof(StatusGeenActie)];

    /// <summary>jongere</summary>
    public static string SubjectJongere => Resources[nameof(SubjectJongere)];

    /// <summary>groep</summary>
    public static string SubjectGroep => Resources[nameof(SubjectGroep)];

    /// <summary>locatie</summary>
    public static string SubjectLocatie => Resources[nameof(SubjectLocatie)];

    /// <summary>zorg</summary>
    public static string KindZorg => Resources[nameof(KindZorg)];

    /// <summary>veiligheid</summary>
    public static string KindVeiligheid => Resources[nameof(KindVeiligheid)];

    /// <summary>school</summary>
    public static string ContextSchool => Resources[nameof(ContextSchool)];

    /// <summary>straat</summary>
    public static string ContextStraat => Resources[nameof(ContextStraat)];

    /// <summary>thuis</summary>
    public static string ContextThuis => Resources[nameof(ContextThuis)];

    /// <summary>online</summary>
    public static string ContextOnline => Resources[nameof(ContextOnline)];

    /// <summary>spoed</summary>
    public static string UrgencySpoed => Resources[nameof(UrgencySpoed)];

    /// <summary>normaal</summary>
    public static string UrgencyNormaal => Resources[nameof(UrgencyNormaal)];

    /// <summary>ZVH regieteam</summary>
    public static string TargetZvhRegieteam => Resources[nameof(TargetZvhRegieteam)];

    /// <summary>sociaal team</summary>
    public static string TargetSociaalTeam => Resources[nameof(TargetSociaalTeam)];

    /// <summary>Veilig Thuis</summary>
    public static string TargetVeiligThuis => Resources[nameof(TargetVeiligThuis)];

    /// <summary>anders</summary>
    public static string TargetAnders => Resources[nameof(TargetAnders)];

    /// <summary>wapenbezit</summary>
    public static string ConcernWapenbezit => Resources[nameof(ConcernWapenbezit)];

    /// <summary>drugs</summary>
    public static string ConcernDrugs => Resources[nameof(ConcernDrugs)];

    /// <summary>schoolverzuim</summary>
    public static string ConcernSchoolverzuim => Resources[nameof(ConcernSchoolverzuim)];

    /// <summary>overlast</summary>
    public static string ConcernOverlast => Resources[nameof(ConcernOverlast)];

    /// <summary>geweld</summary>
    public static string ConcernGeweld => Resources[nameof(ConcernGeweld)];

    /// <summary>online of cyber</summary>
    public static string ConcernOnlineOfCyber => Resources[nameof(ConcernOnlineOfCyber)];

    /// <summary>ronselen of uitbuiting</summary>
    public static string ConcernRonselenOfUitbuiting => Resources[nameof(ConcernRonselenOfUitbuiting)];

    /// <summary>zorgen thuis</summary>
    public static string ConcernZorgenThuis => Resources[nameof(ConcernZorgenThuis)];

    /// <summary>anders</summary>
    public static string ConcernAnders => Resources[nameof(ConcernAnders)];

    /// <summary>niet opgegeven</summary>
    public static string NotGiven => Resources[nameof(NotGiven)];

    /// <summary>Deze melding kan ik niet vinden. Typ 'screening' voor de actuele lijst.</summary>
    public static string UnknownReportText => Resources[nameof(UnknownReportText)];

    /// <summary>Deze melding hoort bij een JPP waarvan je geen voorzitter of procesregisseur bent. Je kunt hem ni…</summary>
    public static string OtherJppText => Resources[nameof(OtherJppText)];

    /// <summary>Deze melding is intussen gewijzigd. Je ziet nu de actuele stand; er is niets gewijzigd.</summary>
    public static string StaleText => Resources[nameof(StaleText)];

    /// <summary>Beslis eerst of dit dezelfde jongere is: samenvoegen of apart houden. Er is niets gewijzigd.</summary>
    public static string ResolveMatchFirstText => Resources[nameof(ResolveMatchFirstText)];

    /// <summary>Deze melding wordt nog met het register vergeleken. Probeer het over een paar seconden opnieuw. E…</summary>
    public static string MatchPendingText => Resources[nameof(MatchPendingText)];

    /// <summary>Kies samenvoegen of apart houden.</summary>
    public static string ChooseMergeOrApart => Resources[nameof(ChooseMergeOrApart)];

    /// <summary>Deze melding is al afgehandeld; er is niets gewijzigd.</summary>
    public static string AlreadyHandled => Resources[nameof(AlreadyHandled)];

    /// <summary>Kies een besluit: op agenda volgende JPP, doorverwijzen of geen actie.</summary>
    public static string ChooseDecision => Resources[nameof(ChooseDecision)];

    /// <summary>Er is nog geen volgende JPP gepland. Er is niets gewijzigd: plan eerst een JPP of kies een ander …</summary>
    public static string NoNextJpp => Resources[nameof(NoNextJpp)];

    /// <summary>Kies waarnaar je doorverwijst: ZVH regieteam, sociaal team, Veilig Thuis of anders.</summary>
    public static string ChooseReferralTarget => Resources[nameof(ChooseReferralTarget)];

    /// <summary>Geef een toelichting bij het doorverwijzen.</summary>
    public static string ReferralNoteMissing => Resources[nameof(ReferralNoteMissing)];

    /// <summary>Geef een reden waarom er geen actie nodig is.</summary>
    public static string NoActionReasonMissing => Resources[nameof(NoActionReasonMissing)];

    /// <summary>Dit is te lang: {0} tekens, maximaal {1}.</summary>
    public static string NoteTooLong(object? value0, object? value1) => Resources.Format(nameof(NoteTooLong), value0, value1);

    /// <summary>Een melding over een groep of locatie wordt niet aan het register gekoppeld.</summary>
    public static string MatchGroupOrLocation => Resources[nameof(MatchGroupOrLocation)];

    /// <summary>Gekoppeld aan {0}: deze jongere was al bekend in het register.</summary>
    public static string MatchSure(object? value0) => Resources.Format(nameof(MatchSure), value0);

    /// <summary>Nieuw in het register als {0}.</summary>
    public static string MatchNew(object? value0) => Resources.Format(nameof(MatchNew), value0);

    /// <summary>Samengevoegd met {0}.</summary>
    public static string MatchMerged(object? value0) => Resources.Format(nameof(MatchMerged), value0);

    /// <summary>Apart gehouden: nieuw in het register als {0}.</summary>
    public static string MatchKeptApart(object? value0) => Resources.Format(nameof(MatchKeptApart), value0);

    /// <summary>Mogelijk dezelfde jongere als {0}. Beslis eerst of het dezelfde jongere is: samenvoegen of apart …</summary>
    public static string MatchPossible(object? value0) => Resources.Format(nameof(MatchPossible), value0);

    /// <summary>Nog niet aan het register gekoppeld.</summary>
    public static string MatchNone => Resources[nameof(MatchNone)];

    /// <summary>onbekende datum</summary>
    public static string UnknownDate => Resources[nameof(UnknownDate)];

    /// <summary>onbekend</summary>
    public static string Unknown => Resources[nameof(Unknown)];

    /// <summary>op de agenda van de JPP{0}</summary>
    public static string OnAgendaOfJpp(object? value0) => Resources.Format(nameof(OnAgendaOfJpp), value0);

    /// <summary>doorverwezen naar {0}</summary>
    public static string ReferredTo(object? value0) => Resources.Format(nameof(ReferredTo), value0);

    /// <summary>Afgehandeld door {0} op {1}: {2}</summary>
    public static string HandledBy(object? value0, object? value1, object? value2) => Resources.Format(nameof(HandledBy), value0, value1, value2);

    /// <summary> van {0}</summary>
    public static string MeetingOf(object? value0) => Resources.Format(nameof(MeetingOf), value0);

    /// <summary>ja</summary>
    public static string Yes => Resources[nameof(Yes)];

    /// <summary>nee</summary>
    public static string No => Resources[nameof(No)];

    /// <summary>geen JPP</summary>
    public static string NoJpp => Resources[nameof(NoJpp)];

    /// <summary>Nieuw signaal</summary>
    public static string MatchNoticeTitle => Resources[nameof(MatchNoticeTitle)];

    /// <summary>Bekijk casus</summary>
    public static string MatchNoticeButton => Resources[nameof(MatchNoticeButton)];

    /// <summary>Er is een nieuw signaal bij casus {0}, waar jij bij betrokken bent.</summary>
    public static string MatchNoticeText(object? value0) => Resources.Format(nameof(MatchNoticeText), value0);

    /// <summary>Nieuwe melding voor screening</summary>
    public static string ScreeningNoticeTitle => Resources[nameof(ScreeningNoticeTitle)];

    /// <summary>Bekijk melding</summary>
    public static string ScreeningNoticeButton => Resources[nameof(ScreeningNoticeButton)];

    /// <summary>Er is een nieuwe melding {0} voor de screening van jouw JPP.</summary>
    public static string ScreeningNoticeText(object? value0) => Resources.Format(nameof(ScreeningNoticeText), value0);

    /// <summary>De status van je melding {0} is nu: {1}.</summary>
    public static string StatusChanged(object? value0, object? value1) => Resources.Format(nameof(StatusChanged), value0, value1);
}
