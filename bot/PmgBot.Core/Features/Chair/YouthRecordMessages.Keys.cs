using PmgBot.Cards.Localization;

namespace PmgBot.Core.Features.Chair;

/// <summary>
/// The texts of the chair actions (no youth names: they end up in message text too):
/// <c>YouthRecordMessages.resx</c> (Dutch) and <c>YouthRecordMessages.en.resx</c> (English), one key per text, read in the turn's language.
/// </summary>
public static partial class YouthRecordMessages
{
    public static readonly TextResources Resources = new(typeof(YouthRecordMessages));

    /// <summary>Iemand anders heeft deze jongere intussen gewijzigd. Er is niets opgeslagen: hieronder zie je de …</summary>
    public static string Stale => Resources[nameof(Stale)];

    /// <summary>Er is niets opgeslagen. Verbeter wat hieronder staat en probeer het opnieuw.</summary>
    public static string NothingStored => Resources[nameof(NothingStored)];

    /// <summary>Kies een casusregisseur.</summary>
    public static string ChooseCasusregisseur => Resources[nameof(ChooseCasusregisseur)];

    /// <summary>Kies een professional van een betrokken organisatie.</summary>
    public static string CasusregisseurNotEligible => Resources[nameof(CasusregisseurNotEligible)];

    /// <summary>Deze professional is al de casusregisseur.</summary>
    public static string CasusregisseurUnchanged => Resources[nameof(CasusregisseurUnchanged)];

    /// <summary>De casusregisseur is vastgelegd en krijgt daarvan bericht.</summary>
    public static string CasusregisseurAssigned => Resources[nameof(CasusregisseurAssigned)];

    /// <summary>De casusregisseur is vastgelegd, maar kon geen bericht in Teams krijgen (PmgBot is misschien nog …</summary>
    public static string CasusregisseurAssignedNotNotified => Resources[nameof(CasusregisseurAssignedNotNotified)];

    /// <summary>Kies een niveau.</summary>
    public static string ChooseLevel => Resources[nameof(ChooseLevel)];

    /// <summary>De jongere staat al op dit niveau.</summary>
    public static string LevelUnchanged => Resources[nameof(LevelUnchanged)];

    /// <summary>Geef een reden op.</summary>
    public static string ReasonRequired => Resources[nameof(ReasonRequired)];

    /// <summary>Kies een procesregisseur: bij oranje is die verplicht.</summary>
    public static string ChooseProcesregisseur => Resources[nameof(ChooseProcesregisseur)];

    /// <summary>Kies een procesregisseur van het JPP van deze jongere.</summary>
    public static string ProcesregisseurNotEligible => Resources[nameof(ProcesregisseurNotEligible)];

    /// <summary>Het niveau is gewijzigd en staat in de geschiedenis.</summary>
    public static string LevelSet => Resources[nameof(LevelSet)];

    /// <summary>Kies een organisatie.</summary>
    public static string ChooseOrganisation => Resources[nameof(ChooseOrganisation)];

    /// <summary>Die organisatie ken ik niet. Kies een organisatie uit de lijst.</summary>
    public static string UnknownOrganisation => Resources[nameof(UnknownOrganisation)];

    /// <summary>Deze organisatie is al betrokken.</summary>
    public static string OrganisationAlreadyInvolved => Resources[nameof(OrganisationAlreadyInvolved)];

    /// <summary>De organisatie is toegevoegd aan de betrokken organisaties.</summary>
    public static string OrganisationAdded => Resources[nameof(OrganisationAdded)];

    /// <summary>Kies een JPP.</summary>
    public static string ChooseJpp => Resources[nameof(ChooseJpp)];

    /// <summary>Dat JPP ken ik niet. Kies een JPP uit de lijst.</summary>
    public static string UnknownJpp => Resources[nameof(UnknownJpp)];

    /// <summary>Dit is het eigen JPP van de jongere. Kies een ander JPP.</summary>
    public static string HomeJpp => Resources[nameof(HomeJpp)];

    /// <summary>De jongere is al gedeeld met dit JPP.</summary>
    public static string AlreadyShared => Resources[nameof(AlreadyShared)];

    /// <summary>Het besluit is vastgelegd: het gekozen JPP kan de jongere nu zien.</summary>
    public static string Shared => Resources[nameof(Shared)];

    /// <summary>De reden is te lang: maximaal {0} tekens, het zijn er nu {1}.</summary>
    public static string ReasonTooLongText(object? value0, object? value1) => Resources.Format(nameof(ReasonTooLongText), value0, value1);

    /// <summary>Nieuwe casus</summary>
    public static string NoticeTitle => Resources[nameof(NoticeTitle)];

    /// <summary>Je bent casusregisseur van casus {0}.</summary>
    public static string NoticeText(object? value0) => Resources.Format(nameof(NoticeText), value0);

    /// <summary>Bekijk casus</summary>
    public static string NoticeButton => Resources[nameof(NoticeButton)];
}
