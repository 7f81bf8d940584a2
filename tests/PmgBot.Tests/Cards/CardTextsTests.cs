using PmgBot.Cards.Templating;
using System.Text.RegularExpressions;
using PmgBot.Cards;
using PmgBot.Cards.Localization;

namespace PmgBot.Tests.Cards;

/// <summary>
/// One template per card, its texts bound as <c>${t.name}</c>: every text a template names exists in
/// <c>CardTexts</c> under <c>&lt;template&gt;.&lt;name&gt;</c> (and so, by TextResourcesTests, in both languages), and
/// every card text is used by its template.
/// </summary>
public sealed partial class CardTextsTests
{
    public static TheoryData<string> TemplateNames => CardSamples.TemplateNames;

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void Template_TextsItNames_ExistAndAreAllUsed(string name)
    {
        var template = File.ReadAllText(CardSamples.TemplatePath(name));
        var named = TextReference().Matches(template).Select(m => m.Groups["key"].Value).ToHashSet(StringComparer.Ordinal);
        var prefix = name + ".";
        var keys = CardTexts.Resources.Entries(BotLanguage.Dutch)
            .Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal))
            .Select(e => e.Key[prefix.Length..])
            .ToHashSet(StringComparer.Ordinal);

        var missing = named.Except(keys).Order(StringComparer.Ordinal).ToList();
        var unused = keys.Except(named).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, $"{name}: no text for {string.Join(", ", missing)}");
        Assert.True(unused.Count == 0, $"{name}: unused texts {string.Join(", ", unused)}");
    }

    [Fact]
    public void CardTexts_EveryKey_BelongsToATemplate()
    {
        var templates = new CardRenderer().TemplateNames.ToHashSet(StringComparer.Ordinal);

        var strays = CardTexts.Resources.Entries(BotLanguage.Dutch).Select(e => e.Key)
            .Where(k => !templates.Contains(k.Split('.')[0]) || k.Split('.').Length != 2)
            .ToList();

        Assert.True(strays.Count == 0, "Card texts of no template: " + string.Join(", ", strays));
    }

    [Fact]
    public void BindingData_DataWithOwnT_IsRefused()
    {
        var ex = Assert.Throws<CardTemplateException>(() => new CardRenderer().BindingData(CardTemplateNames.Error, new { t = "x" }));

        Assert.Contains("'t'", ex.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\$\{(?:\$root\.)?t\.(?<key>[A-Za-z0-9_]+)\}")]
    private static partial Regex TextReference();
}
