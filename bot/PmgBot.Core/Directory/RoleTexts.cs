using PmgBot.Cards.Localization;

namespace PmgBot.Core.Directory;

/// <summary>
/// How a role is shown to users (the key is the role; the Dutch text is its import name, see <see cref="RoleNames"/>):
/// <c>RoleTexts.resx</c> (Dutch) and <c>RoleTexts.en.resx</c> (English), one key per text, read in the turn's language.
/// </summary>
public static class RoleTexts
{
    public static readonly TextResources Resources = new(typeof(RoleTexts));

    /// <summary>melder</summary>
    public static string Melder => Resources[nameof(Melder)];

    /// <summary>deelnemer JPP</summary>
    public static string DeelnemerJpp => Resources[nameof(DeelnemerJpp)];

    /// <summary>casusregisseur</summary>
    public static string Casusregisseur => Resources[nameof(Casusregisseur)];

    /// <summary>voorzitter</summary>
    public static string Voorzitter => Resources[nameof(Voorzitter)];

    /// <summary>procesregisseur</summary>
    public static string Procesregisseur => Resources[nameof(Procesregisseur)];

    /// <summary>programmamanager</summary>
    public static string Programmamanager => Resources[nameof(Programmamanager)];

    /// <summary>beheerder</summary>
    public static string Beheerder => Resources[nameof(Beheerder)];
}
