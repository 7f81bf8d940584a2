using PmgBot.Cards.Localization;

namespace PmgBot.Core.Features.Welcome;

/// <summary>
/// The texts of the welcome, the menu and the intents outside the cards:
/// <c>WelcomeTexts.resx</c> (Dutch) and <c>WelcomeTexts.en.resx</c> (English), one key per text, read in the turn's language.
/// </summary>
public static class WelcomeTexts
{
    public static readonly TextResources Resources = new(typeof(WelcomeTexts));

    /// <summary>Dat begrijp ik niet. Kies hieronder wat je wilt doen, of typ 'help'.</summary>
    public static string NotUnderstood => Resources[nameof(NotUnderstood)];

    /// <summary>Bedoel je een van deze? Kies hieronder.</summary>
    public static string Choices => Resources[nameof(Choices)];

    /// <summary>Zorg melden</summary>
    public static string ReportTitle => Resources[nameof(ReportTitle)];

    /// <summary>Meld een zorg over een jongere, een groep of een plek. Je krijgt meteen een kenmerk.</summary>
    public static string ReportDescription => Resources[nameof(ReportDescription)];

    /// <summary>Mijn meldingen</summary>
    public static string MyReportsTitle => Resources[nameof(MyReportsTitle)];

    /// <summary>Je eigen meldingen en wat ermee gebeurt.</summary>
    public static string MyReportsDescription => Resources[nameof(MyReportsDescription)];

    /// <summary>Casusregisseur zoeken</summary>
    public static string LookupTitle => Resources[nameof(LookupTitle)];

    /// <summary>Zoek wie de casusregisseur van een jongere is.</summary>
    public static string LookupDescription => Resources[nameof(LookupDescription)];

    /// <summary>Mijn casussen</summary>
    public static string MyCasesTitle => Resources[nameof(MyCasesTitle)];

    /// <summary>De jongeren van wie jij casusregisseur bent.</summary>
    public static string MyCasesDescription => Resources[nameof(MyCasesDescription)];

    /// <summary>Screening</summary>
    public static string ScreeningTitle => Resources[nameof(ScreeningTitle)];

    /// <summary>Nieuwe meldingen van je JPP bekijken en er een besluit over nemen.</summary>
    public static string ScreeningDescription => Resources[nameof(ScreeningDescription)];

    /// <summary>Mijn gegevens</summary>
    public static string MyDetailsTitle => Resources[nameof(MyDetailsTitle)];

    /// <summary>Je organisatie, rollen en JPP's zoals PmgBot ze kent.</summary>
    public static string MyDetailsDescription => Resources[nameof(MyDetailsDescription)];

    /// <summary>Netwerkoverzicht</summary>
    public static string NetworkOverviewTitle => Resources[nameof(NetworkOverviewTitle)];

    /// <summary>Aantallen professionals per organisatie en per JPP.</summary>
    public static string NetworkOverviewDescription => Resources[nameof(NetworkOverviewDescription)];

    /// <summary>Privacy</summary>
    public static string PrivacyTitle => Resources[nameof(PrivacyTitle)];

    /// <summary>Wat PmgBot bewaart, waarom, hoe lang en wie wat ziet.</summary>
    public static string PrivacyDescription => Resources[nameof(PrivacyDescription)];

    /// <summary>Rol wisselen (demo)</summary>
    public static string RoleSwitchTitle => Resources[nameof(RoleSwitchTitle)];

    /// <summary>Alleen in de demo-omgeving: probeer PmgBot met een andere rol.</summary>
    public static string RoleSwitchDescription => Resources[nameof(RoleSwitchDescription)];
}
