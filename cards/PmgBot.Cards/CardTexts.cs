using PmgBot.Cards.Localization;

namespace PmgBot.Cards;

/// <summary>
/// The fixed texts of the card templates: <c>CardTexts.resx</c> (Dutch) and <c>CardTexts.en.resx</c> (English), one key
/// <c>&lt;template&gt;.&lt;name&gt;</c> per text, bound by <see cref="CardRenderer"/> as <c>${t.&lt;name&gt;}</c>.
/// </summary>
public static class CardTexts
{
    public static readonly TextResources Resources = new(typeof(CardTexts));
}
