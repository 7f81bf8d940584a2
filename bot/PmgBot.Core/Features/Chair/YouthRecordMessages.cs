using System.Globalization;

namespace PmgBot.Core.Features.Chair;

/// <summary>The Dutch texts of the chair actions (no youth names: they end up in message text too).</summary>
public static class YouthRecordMessages
{
    public const string Stale =
        "Iemand anders heeft deze jongere intussen gewijzigd. Er is niets opgeslagen: hieronder zie je de actuele gegevens. Probeer het zo nodig opnieuw.";

    public const string NothingStored = "Er is niets opgeslagen. Verbeter wat hieronder staat en probeer het opnieuw.";

    public const string ChooseCasusregisseur = "Kies een casusregisseur.";
    public const string CasusregisseurNotEligible = "Kies een professional van een betrokken organisatie.";
    public const string CasusregisseurUnchanged = "Deze professional is al de casusregisseur.";
    public const string CasusregisseurAssigned = "De casusregisseur is vastgelegd en krijgt daarvan bericht.";
    public const string CasusregisseurAssignedNotNotified =
        "De casusregisseur is vastgelegd, maar kon geen bericht in Teams krijgen (PmgBot is misschien nog niet bij die persoon geïnstalleerd). Laat het de casusregisseur zelf weten.";

    public const string ChooseLevel = "Kies een niveau.";
    public const string LevelUnchanged = "De jongere staat al op dit niveau.";
    public const string ReasonRequired = "Geef een reden op.";
    public const string ChooseProcesregisseur = "Kies een procesregisseur: bij oranje is die verplicht.";
    public const string ProcesregisseurNotEligible = "Kies een procesregisseur van het JPP van deze jongere.";
    public const string LevelSet = "Het niveau is gewijzigd en staat in de geschiedenis.";

    public const string ChooseOrganisation = "Kies een organisatie.";
    public const string UnknownOrganisation = "Die organisatie ken ik niet. Kies een organisatie uit de lijst.";
    public const string OrganisationAlreadyInvolved = "Deze organisatie is al betrokken.";
    public const string OrganisationAdded = "De organisatie is toegevoegd aan de betrokken organisaties.";

    public const string ChooseJpp = "Kies een JPP.";
    public const string UnknownJpp = "Dat JPP ken ik niet. Kies een JPP uit de lijst.";
    public const string HomeJpp = "Dit is het eigen JPP van de jongere. Kies een ander JPP.";
    public const string AlreadyShared = "De jongere is al gedeeld met dit JPP.";
    public const string Shared = "Het besluit is vastgelegd: het gekozen JPP kan de jongere nu zien.";

    public static string ReasonTooLong(int length) => string.Create(
        CultureInfo.GetCultureInfo("nl-NL"),
        $"De reden is te lang: maximaal {YouthRecordLimits.ReasonMaxLength} tekens, het zijn er nu {length}.");
}
