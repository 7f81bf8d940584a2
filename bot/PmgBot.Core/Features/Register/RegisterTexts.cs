using PmgBot.Cards.Localization;

namespace PmgBot.Core.Features.Register;

/// <summary>
/// The texts of the youth register and the lookup outside the cards (search messages, level names):
/// <c>RegisterTexts.resx</c> (Dutch) and <c>RegisterTexts.en.resx</c> (English), one key per text, read in the turn's language.
/// </summary>
public static class RegisterTexts
{
    public static readonly TextResources Resources = new(typeof(RegisterTexts));

    /// <summary>Typ de voor- en achternaam van de jongere, bijvoorbeeld Jan de Vries.</summary>
    public static string NameMissing => Resources[nameof(NameMissing)];

    /// <summary>Typ de voornaam én de achternaam van de jongere, bijvoorbeeld Jan de Vries.</summary>
    public static string NameIncomplete => Resources[nameof(NameIncomplete)];

    /// <summary>Die naam is te lang: gebruik maximaal 150 tekens.</summary>
    public static string NameTooLong => Resources[nameof(NameTooLong)];

    /// <summary>Die geboortedatum begrijp ik niet. Typ dag-maand-jaar, bijvoorbeeld 12-03-2010.</summary>
    public static string DateUnclear => Resources[nameof(DateUnclear)];

    /// <summary>Die geboortedatum bestaat niet. Typ dag-maand-jaar, bijvoorbeeld 12-03-2010.</summary>
    public static string DateNotExisting => Resources[nameof(DateNotExisting)];

    /// <summary>Die geboortedatum ligt in de toekomst.</summary>
    public static string DateInFuture => Resources[nameof(DateInFuture)];

    /// <summary>Typ één geboortedatum.</summary>
    public static string DateTwice => Resources[nameof(DateTwice)];

    /// <summary>geboren {0}</summary>
    public static string Born(object? value0) => Resources.Format(nameof(Born), value0);

    /// <summary>geen melding</summary>
    public static string NoReport => Resources[nameof(NoReport)];

    /// <summary>groen (JPP)</summary>
    public static string LevelGroen => Resources[nameof(LevelGroen)];

    /// <summary>oranje (LJA)</summary>
    public static string LevelOranje => Resources[nameof(LevelOranje)];

    /// <summary>rood (PGA)</summary>
    public static string LevelRood => Resources[nameof(LevelRood)];

    /// <summary>afgesloten</summary>
    public static string LevelAfgesloten => Resources[nameof(LevelAfgesloten)];

    /// <summary>geen</summary>
    public static string LevelGeen => Resources[nameof(LevelGeen)];
}
