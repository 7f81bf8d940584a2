using PmgBot.Cards.Localization;

namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>
/// The texts of recording a decision (no youth names: they can end up in message text); the logic is in
/// DecisionMessages.cs.
/// <c>DecisionMessages.resx</c> (Dutch) and <c>DecisionMessages.en.resx</c> (English), one key per text, read in the turn's language.
/// </summary>
public static partial class DecisionMessages
{
    public static readonly TextResources Resources = new(typeof(DecisionMessages));

    /// <summary>Er is niets opgeslagen. Verbeter wat hieronder staat en probeer het opnieuw.</summary>
    public static string NothingStored => Resources[nameof(NothingStored)];

    /// <summary>Iemand anders heeft deze jongere intussen gewijzigd. Er is niets opgeslagen: hieronder zie je de act…</summary>
    public static string Stale => Resources[nameof(Stale)];

    /// <summary>Voor deze jongere is in dit overleg al een besluit vastgelegd. Er is niets gewijzigd.</summary>
    public static string AlreadyRecorded => Resources[nameof(AlreadyRecorded)];

    /// <summary>Een besluit leg je vast tijdens of na het overleg. Dit overleg is nog niet begonnen.</summary>
    public static string NotStarted => Resources[nameof(NotStarted)];

    /// <summary>Kies een besluit.</summary>
    public static string ChooseDecision => Resources[nameof(ChooseDecision)];

    /// <summary>Kies bij opschalen oranje of rood, hoger dan het huidige niveau.</summary>
    public static string ChooseHigherLevel => Resources[nameof(ChooseHigherLevel)];

    /// <summary>Afschalen kan alleen vanaf oranje of rood. Kies een ander besluit.</summary>
    public static string CannotLower => Resources[nameof(CannotLower)];

    /// <summary>Kies bij afschalen een lager niveau: oranje of groen.</summary>
    public static string ChooseLowerLevel => Resources[nameof(ChooseLowerLevel)];

    /// <summary>Deze casus is al afgesloten.</summary>
    public static string AlreadyClosed => Resources[nameof(AlreadyClosed)];

    /// <summary>Alleen het eigen JPP van de jongere kan het niveau wijzigen. Kies vervolg in JPP of doorverwijzen.</summary>
    public static string LevelOnlyHomeJpp => Resources[nameof(LevelOnlyHomeJpp)];

    /// <summary>Geef een reden op.</summary>
    public static string ReasonRequired => Resources[nameof(ReasonRequired)];

    /// <summary>Kies een procesregisseur: bij oranje is die verplicht.</summary>
    public static string ChooseProcesregisseur => Resources[nameof(ChooseProcesregisseur)];

    /// <summary>Kies een procesregisseur van het JPP van deze jongere.</summary>
    public static string ProcesregisseurNotEligible => Resources[nameof(ProcesregisseurNotEligible)];

    /// <summary>Kies waarnaar je doorverwijst.</summary>
    public static string ChooseReferralTarget => Resources[nameof(ChooseReferralTarget)];

    /// <summary>Bevestig of kies de casusregisseur.</summary>
    public static string ChooseCasusregisseur => Resources[nameof(ChooseCasusregisseur)];

    /// <summary>Kies een casusregisseur van een betrokken organisatie.</summary>
    public static string CasusregisseurNotEligible => Resources[nameof(CasusregisseurNotEligible)];

    /// <summary>Kies interventies uit de lijst; andere interventies zet je in het tekstveld.</summary>
    public static string UnknownIntervention => Resources[nameof(UnknownIntervention)];

    /// <summary>Kies de datum van de volgende bespreking.</summary>
    public static string ChooseNextReview => Resources[nameof(ChooseNextReview)];

    /// <summary>Bij afsluiten hoort geen volgende bespreking. Laat de datum leeg.</summary>
    public static string NoReviewWhenClosed => Resources[nameof(NoReviewWhenClosed)];

    /// <summary>Dit is geen datum. Kies een datum in de kalender.</summary>
    public static string DateNotReadable => Resources[nameof(DateNotReadable)];

    /// <summary>Kies een datum vanaf vandaag.</summary>
    public static string DateInPast => Resources[nameof(DateInPast)];

    /// <summary>Kies een datum na vandaag.</summary>
    public static string ReviewAfterToday => Resources[nameof(ReviewAfterToday)];

    /// <summary>Kies een datum binnen een jaar.</summary>
    public static string DateTooFar => Resources[nameof(DateTooFar)];

    /// <summary>Kies wie deze actie uitvoert.</summary>
    public static string ChooseOwner => Resources[nameof(ChooseOwner)];

    /// <summary>Kies een professional van een betrokken organisatie.</summary>
    public static string OwnerNotEligible => Resources[nameof(OwnerNotEligible)];

    /// <summary>Kies een actie of beschrijf wat er moet gebeuren.</summary>
    public static string WhatRequired => Resources[nameof(WhatRequired)];

    /// <summary>Kies een actie uit de lijst, of beschrijf het zelf.</summary>
    public static string UnknownPick => Resources[nameof(UnknownPick)];

    /// <summary>Kies een termijn of een datum.</summary>
    public static string ChooseDue => Resources[nameof(ChooseDue)];

    /// <summary>Kies een termijn óf een andere datum, niet allebei.</summary>
    public static string DueTwice => Resources[nameof(DueTwice)];

    /// <summary>Dit is te lang: maximaal {0} tekens, het zijn er nu {1}.</summary>
    public static string TooLongText(object? value0, object? value1) => Resources.Format(nameof(TooLongText), value0, value1);

    /// <summary>Het besluit is vastgelegd.</summary>
    public static string RecordedNone => Resources[nameof(RecordedNone)];

    /// <summary>Het besluit is vastgelegd met 1 actiepunt; de eigenaar krijgt het in Teams.</summary>
    public static string RecordedOne => Resources[nameof(RecordedOne)];

    /// <summary>onbekend</summary>
    public static string UnknownPerson => Resources[nameof(UnknownPerson)];

    /// <summary>Het besluit is vastgelegd met {0} actiepunten; de eigenaars krijgen ze in Teams.</summary>
    public static string RecordedMany(object? value0) => Resources.Format(nameof(RecordedMany), value0);
}
