using PmgBot.Cards.Localization;

namespace PmgBot.Core.Turns;

/// <summary>
/// The answers every flow shares (refusals, errors, stale buttons):
/// <c>TurnTexts.resx</c> (Dutch) and <c>TurnTexts.en.resx</c> (English), one key per text, read in the turn's language.
/// </summary>
public static class TurnTexts
{
    public static readonly TextResources Resources = new(typeof(TurnTexts));

    /// <summary>Dit onderdeel is niet beschikbaar voor jouw rol. Typ 'menu' om te zien wat je wel kunt doen.</summary>
    public static string NotAllowed => Resources[nameof(NotAllowed)];

    /// <summary>Geen jongere gevonden. Controleer de naam en de geboortedatum, of vraag het de voorzitter van je …</summary>
    public static string YouthNotFound => Resources[nameof(YouthNotFound)];

    /// <summary>Dit is nog niet verwerkt: PmgBot kan zijn gegevens even niet bereiken. Er is niets opgeslagen en …</summary>
    public static string DatabaseDown => Resources[nameof(DatabaseDown)];

    /// <summary>Er ging iets mis bij het verwerken van je bericht. Probeer het later opnieuw. Meld bij aanhoudend…</summary>
    public static string TurnFailed(object? value0) => Resources.Format(nameof(TurnFailed), value0);

    /// <summary>Deze organisatie is niet aangesloten op PmgBot.</summary>
    public static string TenantNotConnected => Resources[nameof(TenantNotConnected)];

    /// <summary>Deze actie werkt niet (meer). Typ 'menu' in je persoonlijke chat met PmgBot om opnieuw te beginnen.</summary>
    public static string ActionNoLongerWorks => Resources[nameof(ActionNoLongerWorks)];

    /// <summary>Deze knop werkt niet (meer). Typ 'menu' om opnieuw te beginnen.</summary>
    public static string ButtonNoLongerWorks => Resources[nameof(ButtonNoLongerWorks)];

    /// <summary>Gedaan.</summary>
    public static string Done => Resources[nameof(Done)];

    /// <summary>Dit verzoek is al verwerkt.</summary>
    public static string AlreadyHandled => Resources[nameof(AlreadyHandled)];
}
