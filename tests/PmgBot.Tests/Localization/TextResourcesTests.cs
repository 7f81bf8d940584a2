using System.Reflection;
using System.Text.RegularExpressions;
using PmgBot.Cards;
using PmgBot.Cards.Localization;
using PmgBot.Core.Features.Actions;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Core.Features.Actions.Letters;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Features.Meetings.Digest;
using PmgBot.Core.Turns;

namespace PmgBot.Tests.Localization;

/// <summary>
/// Every resource file pair (each <see cref="TextResources"/> of the product assemblies) has exactly the same keys in
/// Dutch and English, no empty text, the same <c>{0}</c> placeholders, and every named text of its class resolves.
/// </summary>
public sealed partial class TextResourcesTests
{
    private static readonly Assembly[] ProductAssemblies = [typeof(CardTexts).Assembly, typeof(TurnTexts).Assembly];

    /// <summary>The classes that own a resource file pair: a public static <see cref="TextResources"/> field.</summary>
    private static IEnumerable<(Type Owner, TextResources Resources)> All() =>
        ProductAssemblies.SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(TextResources))
                .Select(f => (t, (TextResources)f.GetValue(null)!)));

    public static TheoryData<string> ResourceNames
    {
        get
        {
            var names = new TheoryData<string>();
            foreach (var (_, resources) in All())
            {
                names.Add(resources.Name);
            }

            return names;
        }
    }

    [Fact]
    public void Resources_TheLanguageFiles_AreFound()
    {
        var names = All().Select(r => r.Owner.Name).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(
            new HashSet<string>(
                [
                    "CardTexts", "TurnTexts", "WelcomeTexts", "ReportTexts", "RoleTexts",
                    // JPP meetings and the follow-up (issues 14 and 15)
                    "DigestTexts", "BookingReportTexts", "AgendaItemMessages", "ActionItemTexts", "ActionItemMessages", "DecisionMessages", "DecisionTexts",
                    "LetterTexts",
                ],
                StringComparer.Ordinal),
            names);
        Assert.All(All(), r => Assert.NotEmpty(r.Resources.Entries(BotLanguage.Dutch)));
    }

    [Theory]
    [MemberData(nameof(ResourceNames))]
    public void Keys_DutchAndEnglish_SameKeysNoneEmptySamePlaceholders(string name)
    {
        var resources = All().Single(r => r.Resources.Name == name).Resources;

        var dutch = resources.Entries(BotLanguage.Dutch).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        var english = resources.Entries(BotLanguage.English).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

        Assert.True(!dutch.Keys.Except(english.Keys).Any(), $"{name}: missing in English: {string.Join(", ", dutch.Keys.Except(english.Keys))}");
        Assert.True(!english.Keys.Except(dutch.Keys).Any(), $"{name}: missing in Dutch: {string.Join(", ", english.Keys.Except(dutch.Keys))}");
        Assert.All(dutch, e => Assert.False(string.IsNullOrWhiteSpace(e.Value), $"{name}.{e.Key} is empty in Dutch"));
        Assert.All(english, e => Assert.False(string.IsNullOrWhiteSpace(e.Value), $"{name}.{e.Key} is empty in English"));
        Assert.All(dutch, e => Assert.True(
            Placeholders(e.Value).SetEquals(Placeholders(english[e.Key])), $"{name}.{e.Key}: the placeholders differ between Dutch and English"));
    }

    [Fact]
    public void NamedTexts_EveryPropertyAndFormat_ResolveInBothLanguages()
    {
        foreach (var (owner, _) in All())
        {
            foreach (var language in new[] { BotLanguage.Dutch, BotLanguage.English })
            {
                using var scope = BotLanguage.Use(language);
                foreach (var property in owner.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(string)))
                {
                    Assert.False(string.IsNullOrWhiteSpace((string?)property.GetValue(null)), $"{owner.Name}.{property.Name}");
                }

                foreach (var method in owner.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(m => m.ReturnType == typeof(string) && !m.IsSpecialName && m.GetParameters().All(p => p.ParameterType == typeof(object))))
                {
                    var text = (string)method.Invoke(null, [.. method.GetParameters().Select(p => (object)$"<{p.Position}>")])!;
                    Assert.All(method.GetParameters(), p => Assert.Contains($"<{p.Position}>", text, StringComparison.Ordinal));
                }
            }
        }
    }

    [Fact]
    public void English_SatelliteIsDeployed_TextsDiffer()
    {
        Assert.NotEqual(TurnTexts.Resources.Get(nameof(TurnTexts.NotAllowed), BotLanguage.Dutch), TurnTexts.Resources.Get(nameof(TurnTexts.NotAllowed), BotLanguage.English));
        Assert.Equal("Wat kan ik voor je doen?", CardTexts.Resources.Get("menu.title", BotLanguage.Dutch));
        Assert.Equal("What can I do for you?", CardTexts.Resources.Get("menu.title", BotLanguage.English));
    }

    /// <summary>The resource files of the later features are embedded under their class's name (a wrong name would only throw at run time).</summary>
    [Theory]
    [InlineData(typeof(DigestTexts), nameof(DigestTexts.NoMeeting))]
    [InlineData(typeof(BookingReportTexts), nameof(BookingReportTexts.NothingChanged))]
    [InlineData(typeof(AgendaItemMessages), nameof(AgendaItemMessages.YouthAdded))]
    [InlineData(typeof(ActionItemTexts), nameof(ActionItemTexts.NewItemTitle))]
    [InlineData(typeof(ActionItemMessages), nameof(ActionItemMessages.Completed))]
    [InlineData(typeof(DecisionMessages), nameof(DecisionMessages.NothingStored))]
    [InlineData(typeof(DecisionTexts), nameof(DecisionTexts.KindVervolg))]
    [InlineData(typeof(LetterTexts), nameof(LetterTexts.NotFound))]
    public void Resources_LaterFeatures_EmbeddedAndTranslated(Type owner, string key)
    {
        var resources = (TextResources)owner.GetField("Resources")!.GetValue(null)!;

        Assert.NotEqual(resources.Get(key, BotLanguage.Dutch), resources.Get(key, BotLanguage.English));
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
