using System.Globalization;
using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>
/// The Dutch texts of the letter tasks ("je" to the casusregisseur). Message texts (what shows in a notification or the
/// chat list) hold the kind of letter and the case code only; the youth's name appears only on the card.
/// </summary>
public static class LetterTexts
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public const string NotFound = "Deze brief kan ik niet vinden.";
    public const string Stale = "Deze brief is intussen al vastgelegd of gewijzigd. Hieronder zie je hoe het nu staat.";
    public const string Invalid = "Er is niets vastgelegd. Verbeter wat hieronder staat en probeer het opnieuw.";
    public const string ChooseAddressee = "Kies aan wie de brief is: de ouders of verzorgers, of de jongere zelf.";
    public const string ChooseSentOn = "Vul in op welke dag je de brief hebt verstuurd.";
    public const string SentOnNotADate = "Vul een geldige datum in, zoals 3-12-2026.";
    public const string SentOnInFuture = "De verzenddatum kan niet in de toekomst liggen.";
    public const string SentOnBeforeTask = "De verzenddatum kan niet vóór het begin van deze taak liggen.";
    public const string GiveReason = "Schrijf op waarom de brief niet verstuurd is.";
    public const string AskCode = "Typ het soort brief met de code van de jongere, bijvoorbeeld: complimentbrief PMG-J-0017.";
    public const string NoOpenTasks = "Je hebt geen brieven die nog verstuurd moeten worden.";
    public const string LinkReady = "De link naar het concept staat klaar. Hij werkt 15 minuten en alleen voor jou.";
    public const string ComplimentMade = "De complimentbrief staat klaar. Download het concept, pas het aan en verstuur het.";
    public const string ComplimentOpen = "Er staat al een complimentbrief open voor deze jongere.";

    public static string ReasonTooLong(int max) => string.Create(Dutch, $"Gebruik maximaal {max} tekens.");

    public static string YouthTooYoung(int age) => string.Create(Dutch, $"Een brief aan de jongere zelf kan pas vanaf {age} jaar. Kies de ouders of verzorgers.");

    /// <summary>"Nieuwe taak: notificatiebrief voor casus PMG-J-0017." (the message text of the task; no name).</summary>
    public static string NewTask(LetterKind kind, string code) => $"Nieuwe taak: {KindName(kind)} voor casus {code}.";

    public static string NotAllReached => "Let op: de casusregisseur kon geen bericht in Teams krijgen over de notificatiebrief (PmgBot is misschien nog niet bij die persoon geïnstalleerd). Met 'brieven' ziet die de taak alsnog.";

    /// <summary>"Open brieven: notificatiebrief PMG-J-0017, complimentbrief PMG-J-0023. …"</summary>
    public static string OpenTasks(IReadOnlyList<LetterTaskRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Count == 0
            ? NoOpenTasks
            : "Open brieven: " + string.Join(", ", rows.Select(r => KindName(r.Kind) + " " + r.Code))
                + ". Typ bijvoorbeeld '" + KindName(rows[0].Kind) + " " + rows[0].Code + "' om de brief te openen.";
    }

    public static string KindName(LetterKind kind) => kind switch
    {
        LetterKind.Notificatiebrief => "notificatiebrief",
        LetterKind.Complimentbrief => "complimentbrief",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown letter."),
    };

    public static string Title(LetterKind kind, string code) => kind switch
    {
        LetterKind.Notificatiebrief => "Notificatiebrief casus " + code,
        _ => "Complimentbrief casus " + code,
    };

    public static string Explanation(LetterKind kind) => kind switch
    {
        LetterKind.Notificatiebrief =>
            "Deze jongere is voor het eerst besproken in het JPP. Stuur de ouders of verzorgers (of de jongere zelf, vanaf 16 jaar) een brief dat de jongere besproken wordt en dat jij de casusregisseur bent. Download het concept, pas het aan waar nodig en verstuur het.",
        _ => "Het gaat goed met deze jongere. Stuur een complimentbrief aan de ouders of verzorgers (of de jongere zelf, vanaf 16 jaar). Download het concept, pas het aan waar nodig en verstuur het.",
    };

    public static string AddresseeTitle(LetterAddressee addressee) => addressee switch
    {
        LetterAddressee.Ouders => "Ouders of verzorgers (u)",
        _ => "De jongere zelf (je)",
    };

    public static string AddresseeValue(LetterAddressee addressee) => addressee.ToString().ToLowerInvariant();

    public static LetterAddressee? ParseAddressee(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "ouders" => LetterAddressee.Ouders,
        "jongere" => LetterAddressee.Jongere,
        _ => null,
    };

    /// <summary>"Open", "Verstuurd aan de ouders of verzorgers op 3 december 2026 (vastgelegd door Cas Regie op 3 december, 14:05)", …</summary>
    public static string Status(LetterTaskView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var by = view.RecordedByName is null || view.RecordedAtUtc is not { } at
            ? ""
            : $" (vastgelegd door {view.RecordedByName} op {AmsterdamTime.ToLocal(at).ToString("d MMMM, HH:mm", Dutch)})";
        return view.State switch
        {
            LetterTaskState.Verstuurd => "Verstuurd" + (view.Addressee is { } a ? a == LetterAddressee.Ouders ? " aan de ouders of verzorgers" : " aan de jongere" : "")
                + (view.SentOn is { } on ? " op " + AmsterdamTime.Date(on) : "") + by,
            LetterTaskState.NietVerstuurd => "Niet verstuurd" + by,
            _ => "Nog niet verstuurd",
        };
    }

    public static string StatusColor(LetterTaskState state) => state switch
    {
        LetterTaskState.Verstuurd => "Good",
        LetterTaskState.NietVerstuurd => "Warning",
        _ => "Default",
    };

    public static string Recorded(bool sent) => sent ? "Vastgelegd: de brief is verstuurd." : "Vastgelegd: de brief is niet verstuurd.";

    /// <summary>The heading of the page a refused download link shows.</summary>
    public static string PageTitle(LetterDownloadOutcome outcome) => outcome switch
    {
        LetterDownloadOutcome.Expired => "Deze link is verlopen",
        LetterDownloadOutcome.OtherUser => "Deze link is niet voor jou",
        LetterDownloadOutcome.NotAllowed => "Je kunt deze brief niet openen",
        LetterDownloadOutcome.NoSignIn => "Downloaden is hier niet ingesteld",
        LetterDownloadOutcome.TemplateError => "De brief kon niet gemaakt worden",
        _ => "Deze link is niet geldig",
    };

    /// <summary>What the page of a refused download link says (no names, no case facts).</summary>
    public static string PageText(LetterDownloadOutcome outcome) => outcome switch
    {
        LetterDownloadOutcome.Expired =>
            "Een link naar een concept-brief werkt 15 minuten. Vraag in Teams een nieuwe link aan met de knop 'Concept downloaden' op de kaart van de brief.",
        LetterDownloadOutcome.OtherUser =>
            "Alleen wie de link in Teams heeft aangevraagd, kan hem openen. Ben jij de casusregisseur van deze jongere? Vraag dan zelf een link aan op de kaart van de brief.",
        LetterDownloadOutcome.NotAllowed =>
            "Alleen de casusregisseur van de jongere kan het concept van deze brief openen.",
        LetterDownloadOutcome.NoSignIn =>
            "Op deze server kun je niet inloggen om een brief te downloaden. Vraag de beheerder van PmgBot om het inloggen voor brieven in te stellen (Letters:AuthenticationScheme).",
        LetterDownloadOutcome.TemplateError =>
            "De sjabloon van deze brief klopt niet. Vraag de beheerder van het programma om de sjabloon te verbeteren:",
        _ => "De link is niet compleet of is veranderd. Vraag in Teams een nieuwe link aan met de knop 'Concept downloaden' op de kaart van de brief.",
    };
}
