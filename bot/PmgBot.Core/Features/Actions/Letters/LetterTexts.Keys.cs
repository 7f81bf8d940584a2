using PmgBot.Cards.Localization;

namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>
/// The texts of the letter tasks ("je" to the casusregisseur) and of the download page; the logic is in LetterTexts.cs.
/// <c>LetterTexts.resx</c> (Dutch) and <c>LetterTexts.en.resx</c> (English), one key per text, read in the turn's language.
/// The letters themselves stay Dutch (<see cref="DefaultLetterTexts"/>).
/// </summary>
public static partial class LetterTexts
{
    public static readonly TextResources Resources = new(typeof(LetterTexts));

    /// <summary>Deze brief kan ik niet vinden.</summary>
    public static string NotFound => Resources[nameof(NotFound)];

    /// <summary>Deze brief is intussen al vastgelegd of gewijzigd. Hieronder zie je hoe het nu staat.</summary>
    public static string Stale => Resources[nameof(Stale)];

    /// <summary>Er is niets vastgelegd. Verbeter wat hieronder staat en probeer het opnieuw.</summary>
    public static string Invalid => Resources[nameof(Invalid)];

    /// <summary>Kies aan wie de brief is: de ouders of verzorgers, of de jongere zelf.</summary>
    public static string ChooseAddressee => Resources[nameof(ChooseAddressee)];

    /// <summary>Vul in op welke dag je de brief hebt verstuurd.</summary>
    public static string ChooseSentOn => Resources[nameof(ChooseSentOn)];

    /// <summary>Vul een geldige datum in, zoals 3-12-2026.</summary>
    public static string SentOnNotADate => Resources[nameof(SentOnNotADate)];

    /// <summary>De verzenddatum kan niet in de toekomst liggen.</summary>
    public static string SentOnInFuture => Resources[nameof(SentOnInFuture)];

    /// <summary>De verzenddatum kan niet vóór het begin van deze taak liggen.</summary>
    public static string SentOnBeforeTask => Resources[nameof(SentOnBeforeTask)];

    /// <summary>Schrijf op waarom de brief niet verstuurd is.</summary>
    public static string GiveReason => Resources[nameof(GiveReason)];

    /// <summary>Typ het soort brief met de code van de jongere, bijvoorbeeld: complimentbrief PMG-J-0017.</summary>
    public static string AskCode => Resources[nameof(AskCode)];

    /// <summary>Je hebt geen brieven die nog verstuurd moeten worden.</summary>
    public static string NoOpenTasks => Resources[nameof(NoOpenTasks)];

    /// <summary>De link naar het concept staat klaar. Hij werkt 15 minuten en alleen voor jou.</summary>
    public static string LinkReady => Resources[nameof(LinkReady)];

    /// <summary>De complimentbrief staat klaar. Download het concept, pas het aan en verstuur het.</summary>
    public static string ComplimentMade => Resources[nameof(ComplimentMade)];

    /// <summary>Er staat al een complimentbrief open voor deze jongere.</summary>
    public static string ComplimentOpen => Resources[nameof(ComplimentOpen)];

    /// <summary>Gebruik maximaal {0} tekens.</summary>
    public static string ReasonTooLong(object? value0) => Resources.Format(nameof(ReasonTooLong), value0);

    /// <summary>Een brief aan de jongere zelf kan pas vanaf {0} jaar. Kies de ouders of verzorgers.</summary>
    public static string YouthTooYoung(object? value0) => Resources.Format(nameof(YouthTooYoung), value0);

    /// <summary>Nieuwe taak: {0} voor casus {1}.</summary>
    public static string NewTaskText(object? value0, object? value1) => Resources.Format(nameof(NewTaskText), value0, value1);

    /// <summary>Let op: de casusregisseur kon geen bericht in Teams krijgen over de notificatiebrief (PmgBot is misschien n…</summary>
    public static string NotAllReached => Resources[nameof(NotAllReached)];

    /// <summary>Open brieven: {0}. Typ bijvoorbeeld '{1}' om de brief te openen.</summary>
    public static string OpenTasksText(object? value0, object? value1) => Resources.Format(nameof(OpenTasksText), value0, value1);

    /// <summary>notificatiebrief</summary>
    public static string KindNotification => Resources[nameof(KindNotification)];

    /// <summary>complimentbrief</summary>
    public static string KindCompliment => Resources[nameof(KindCompliment)];

    /// <summary>Notificatiebrief casus {0}</summary>
    public static string TitleNotification(object? value0) => Resources.Format(nameof(TitleNotification), value0);

    /// <summary>Complimentbrief casus {0}</summary>
    public static string TitleCompliment(object? value0) => Resources.Format(nameof(TitleCompliment), value0);

    /// <summary>Deze jongere is voor het eerst besproken in het JPP. Stuur de ouders of verzorgers (of de jongere zelf, van…</summary>
    public static string ExplanationNotification => Resources[nameof(ExplanationNotification)];

    /// <summary>Het gaat goed met deze jongere. Stuur een complimentbrief aan de ouders of verzorgers (of de jongere zelf, …</summary>
    public static string ExplanationCompliment => Resources[nameof(ExplanationCompliment)];

    /// <summary>Ouders of verzorgers (u)</summary>
    public static string AddresseeParents => Resources[nameof(AddresseeParents)];

    /// <summary>De jongere zelf (je)</summary>
    public static string AddresseeYouth => Resources[nameof(AddresseeYouth)];

    /// <summary>Verstuurd{0}{1}{2}</summary>
    public static string StatusSent(object? value0, object? value1, object? value2) => Resources.Format(nameof(StatusSent), value0, value1, value2);

    /// <summary> aan de ouders of verzorgers</summary>
    public static string SentToParents => Resources[nameof(SentToParents)];

    /// <summary> aan de jongere</summary>
    public static string SentToYouth => Resources[nameof(SentToYouth)];

    /// <summary> op {0}</summary>
    public static string SentOnDay(object? value0) => Resources.Format(nameof(SentOnDay), value0);

    /// <summary> (vastgelegd door {0} op {1})</summary>
    public static string RecordedBy(object? value0, object? value1) => Resources.Format(nameof(RecordedBy), value0, value1);

    /// <summary>Niet verstuurd{0}</summary>
    public static string StatusNotSent(object? value0) => Resources.Format(nameof(StatusNotSent), value0);

    /// <summary>Nog niet verstuurd</summary>
    public static string StatusOpen => Resources[nameof(StatusOpen)];

    /// <summary>onbekend</summary>
    public static string UnknownRecorder => Resources[nameof(UnknownRecorder)];

    /// <summary>Vastgelegd: de brief is verstuurd.</summary>
    public static string RecordedSent => Resources[nameof(RecordedSent)];

    /// <summary>Vastgelegd: de brief is niet verstuurd.</summary>
    public static string RecordedNotSent => Resources[nameof(RecordedNotSent)];

    /// <summary>Deze link is verlopen</summary>
    public static string PageTitleExpired => Resources[nameof(PageTitleExpired)];

    /// <summary>Deze link is niet voor jou</summary>
    public static string PageTitleOtherUser => Resources[nameof(PageTitleOtherUser)];

    /// <summary>Je kunt deze brief niet openen</summary>
    public static string PageTitleNotAllowed => Resources[nameof(PageTitleNotAllowed)];

    /// <summary>Downloaden is hier niet ingesteld</summary>
    public static string PageTitleNoSignIn => Resources[nameof(PageTitleNoSignIn)];

    /// <summary>De brief kon niet gemaakt worden</summary>
    public static string PageTitleTemplateError => Resources[nameof(PageTitleTemplateError)];

    /// <summary>Deze link is niet geldig</summary>
    public static string PageTitleInvalid => Resources[nameof(PageTitleInvalid)];

    /// <summary>Een link naar een concept-brief werkt 15 minuten. Vraag in Teams een nieuwe link aan met de knop 'Concept d…</summary>
    public static string PageTextExpired => Resources[nameof(PageTextExpired)];

    /// <summary>Alleen wie de link in Teams heeft aangevraagd, kan hem openen. Ben jij de casusregisseur van deze jongere? …</summary>
    public static string PageTextOtherUser => Resources[nameof(PageTextOtherUser)];

    /// <summary>Alleen de casusregisseur van de jongere kan het concept van deze brief openen.</summary>
    public static string PageTextNotAllowed => Resources[nameof(PageTextNotAllowed)];

    /// <summary>Op deze server kun je niet inloggen om een brief te downloaden. Vraag de beheerder van PmgBot om het inlogg…</summary>
    public static string PageTextNoSignIn => Resources[nameof(PageTextNoSignIn)];

    /// <summary>De sjabloon van deze brief klopt niet. Vraag de beheerder van het programma om de sjabloon te verbeteren:</summary>
    public static string PageTextTemplateError => Resources[nameof(PageTextTemplateError)];

    /// <summary>De link is niet compleet of is veranderd. Vraag in Teams een nieuwe link aan met de knop 'Concept downloade…</summary>
    public static string PageTextInvalid => Resources[nameof(PageTextInvalid)];

    /// <summary>{0}: {1}.</summary>
    public static string UpdatedText(object? value0, object? value1) => Resources.Format(nameof(UpdatedText), value0, value1);

    /// <summary>verstuurd</summary>
    public static string UpdatedStateSent => Resources[nameof(UpdatedStateSent)];

    /// <summary>niet verstuurd</summary>
    public static string UpdatedStateNotSent => Resources[nameof(UpdatedStateNotSent)];

    /// <summary>nog niet verstuurd</summary>
    public static string UpdatedStateOpen => Resources[nameof(UpdatedStateOpen)];
}
