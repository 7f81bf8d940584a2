using System.Globalization;

namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>The Dutch texts of recording a decision (no youth names: they can end up in message text).</summary>
public static class DecisionMessages
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public const string NothingStored = "Er is niets opgeslagen. Verbeter wat hieronder staat en probeer het opnieuw.";

    public const string Stale =
        "Iemand anders heeft deze jongere intussen gewijzigd. Er is niets opgeslagen: hieronder zie je de actuele gegevens. Probeer het zo nodig opnieuw.";

    public const string AlreadyRecorded = "Voor deze jongere is in dit overleg al een besluit vastgelegd. Er is niets gewijzigd.";

    public const string NotStarted = "Een besluit leg je vast tijdens of na het overleg. Dit overleg is nog niet begonnen.";

    public const string ChooseDecision = "Kies een besluit.";
    public const string ChooseHigherLevel = "Kies bij opschalen oranje of rood, hoger dan het huidige niveau.";
    public const string CannotLower = "Afschalen kan alleen vanaf oranje of rood. Kies een ander besluit.";
    public const string ChooseLowerLevel = "Kies bij afschalen een lager niveau: oranje of groen.";
    public const string AlreadyClosed = "Deze casus is al afgesloten.";
    public const string LevelOnlyHomeJpp = "Alleen het eigen JPP van de jongere kan het niveau wijzigen. Kies vervolg in JPP of doorverwijzen.";
    public const string ReasonRequired = "Geef een reden op.";
    public const string ChooseProcesregisseur = "Kies een procesregisseur: bij oranje is die verplicht.";
    public const string ProcesregisseurNotEligible = "Kies een procesregisseur van het JPP van deze jongere.";
    public const string ChooseReferralTarget = "Kies waarnaar je doorverwijst.";
    public const string ChooseCasusregisseur = "Bevestig of kies de casusregisseur.";
    public const string CasusregisseurNotEligible = "Kies een casusregisseur van een betrokken organisatie.";
    public const string UnknownIntervention = "Kies interventies uit de lijst; andere interventies zet je in het tekstveld.";
    public const string ChooseNextReview = "Kies de datum van de volgende bespreking.";
    public const string NoReviewWhenClosed = "Bij afsluiten hoort geen volgende bespreking. Laat de datum leeg.";
    public const string DateNotReadable = "Dit is geen datum. Kies een datum in de kalender.";
    public const string DateInPast = "Kies een datum vanaf vandaag.";
    public const string ReviewAfterToday = "Kies een datum na vandaag.";
    public const string DateTooFar = "Kies een datum binnen een jaar.";
    public const string ChooseOwner = "Kies wie deze actie uitvoert.";
    public const string OwnerNotEligible = "Kies een professional van een betrokken organisatie.";
    public const string WhatRequired = "Beschrijf wat er moet gebeuren.";
    public const string ChooseDue = "Kies een termijn of een datum.";
    public const string DueTwice = "Kies een termijn óf een andere datum, niet allebei.";

    /// <summary>The level history's reason when the chair gave none (vervolg from geen, afschalen).</summary>
    public static string DiscussedOn(DateTime meetingStartsAtUtc) =>
        "Besluit JPP-overleg van " + PmgBot.Core.Time.AmsterdamTime.DayMonthYear(meetingStartsAtUtc) + ".";

    public static string TooLong(int max, int length) => string.Create(Dutch, $"Dit is te lang: maximaal {max} tekens, het zijn er nu {length}.");

    public static string Recorded(int items) => items switch
    {
        0 => "Het besluit is vastgelegd.",
        1 => "Het besluit is vastgelegd met 1 actiepunt; de eigenaar krijgt het in Teams.",
        _ => string.Create(Dutch, $"Het besluit is vastgelegd met {items} actiepunten; de eigenaars krijgen ze in Teams."),
    };
}
