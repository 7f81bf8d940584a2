using PmgBot.Cards.Localization;

namespace PmgBot.Core.Features.Directory;

/// <summary>
/// The texts of the directory flows outside the cards (the demo role switch):
/// <c>DirectoryTexts.resx</c> (Dutch) and <c>DirectoryTexts.en.resx</c> (English), one key per text, read in the turn's language.
/// </summary>
public static class DirectoryTexts
{
    public static readonly TextResources Resources = new(typeof(DirectoryTexts));

    /// <summary>Die rol ken ik niet. Kies uit: {0}.</summary>
    public static string UnknownRole(object? value0) => Resources.Format(nameof(UnknownRole), value0);

    /// <summary>Je demo-rol is nu: {0}. Typ 'menu' om te zien wat je met deze rol kunt doen.</summary>
    public static string RoleSwitched(object? value0) => Resources.Format(nameof(RoleSwitched), value0);
}
