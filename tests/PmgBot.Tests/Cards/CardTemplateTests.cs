using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PmgBot.Cards;
using PmgBot.Cards.Localization;
using PmgBot.Cards.Templating;
using PmgBot.Core.Features.Actions;
using PmgBot.Core.Features.Actions.Letters;
using PmgBot.Core.Features.Chair;
using PmgBot.Core.Features.Directory;
using PmgBot.Core.Features.Meetings;
using PmgBot.Core.Features.Register;
using PmgBot.Core.Features.Reports;
using PmgBot.Core.Features.Screening;
using PmgBot.Core.Features.Welcome;

namespace PmgBot.Tests.Cards;

/// <summary>
/// Every template, with its sample data and with typed variants, expands the same with our binder as with the official
/// adaptivecards-templating 2.3.1, and the result parses, validates and renders with adaptivecards 3.0.6 under the
/// Teams rules of tests/tools/validate-cards.js.
/// </summary>
public sealed class CardTemplateTests
{
    private static readonly CardRenderer Renderer = new();

    public static TheoryData<string> TemplateNames => CardSamples.TemplateNames;

    public static TheoryData<string> VariantNames => CardVariants.Names;

    [Fact]
    public void Templates_EveryFile_HasSampleDataIsEmbeddedAndCovered()
    {
        var files = Directory.GetFiles(RepoPaths.Templates, "*.json").Select(Path.GetFileName).ToArray();
        var templates = files.Where(f => !f!.EndsWith(".data.json", StringComparison.Ordinal))
            .Select(f => f![..^".json".Length]).Order(StringComparer.Ordinal).ToArray();
        var dataFiles = files.Where(f => f!.EndsWith(".data.json", StringComparison.Ordinal))
            .Select(f => f![..^".data.json".Length]).Order(StringComparer.Ordinal).ToArray();
        var constants = typeof(CardTemplateNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal).ToArray();

        Assert.NotEmpty(templates);
        Assert.Equal(templates, dataFiles);
        Assert.Equal(templates, Renderer.TemplateNames.Order(StringComparer.Ordinal));
        Assert.Equal(templates, constants);
        Assert.Equal(templates, CardSamples.DataTypes.Keys.Order(StringComparer.Ordinal));
        Assert.All(CardVariants.All.Values, v => Assert.Contains(v.Template, templates));
    }

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public async Task Render_SampleData_MatchesOfficialTemplating(string name)
    {
        var template = ReadJson(CardSamples.TemplatePath(name));
        var data = ReadJson(CardSamples.SampleDataPath(name));

        var ours = Renderer.Render(name, data);
        var official = await CardTools.ExpandOfficialAsync(template, Renderer.BindingData(name, data));

        Assert.True(JsonNode.DeepEquals(official, ours), $"ours:\n{CardTools.Pretty(ours)}\nofficial:\n{CardTools.Pretty(official)}");
    }

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public async Task Render_SampleDataInEnglish_MatchesOfficialTemplatingAndValidates(string name)
    {
        var template = ReadJson(CardSamples.TemplatePath(name));
        var data = ReadJson(CardSamples.SampleDataPath(name));
        using var english = BotLanguage.Use(BotLanguage.English);

        var ours = Renderer.Render(name, data);
        var official = await CardTools.ExpandOfficialAsync(template, Renderer.BindingData(name, data));
        var errors = await CardTools.ValidateAsync(ours);

        Assert.True(JsonNode.DeepEquals(official, ours), $"ours:\n{CardTools.Pretty(ours)}\nofficial:\n{CardTools.Pretty(official)}");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public async Task Render_SampleData_PassesAdaptiveCardsValidation(string name)
    {
        var card = Renderer.Render(name, ReadJson(CardSamples.SampleDataPath(name)));

        var errors = await CardTools.ValidateAsync(card);

        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void SampleData_FitsTypedRecord_RendersTheSame(string name)
    {
        var sample = ReadJson(CardSamples.SampleDataPath(name));
        var strict = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };

        var typed = sample.Deserialize(CardSamples.DataTypes[name], strict)!;

        Assert.True(JsonNode.DeepEquals(sample, JsonSerializer.SerializeToNode(typed, CardSamples.DataTypes[name], strict)),
            "the sample data does not round-trip through the typed record");
        Assert.True(JsonNode.DeepEquals(Renderer.Render(name, sample), Renderer.Render(name, typed)));
    }

    [Fact]
    public void ReportSampleData_ValuesAndErrors_FitReportFormAndFieldNames()
    {
        var sample = ReadJson(CardSamples.SampleDataPath(CardTemplateNames.Report));
        var strict = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        var fields = typeof(ReportFields).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();

        var values = sample["values"].Deserialize<ReportForm>(strict)!;

        Assert.True(JsonNode.DeepEquals(sample["values"], JsonSerializer.SerializeToNode(values, strict)), "the sample values do not round-trip through ReportForm");
        Assert.All(sample["errors"]!.AsObject(), e => Assert.Contains(e.Key, fields));
    }

    [Theory]
    [MemberData(nameof(VariantNames))]
    public async Task Render_TypedVariant_MatchesOfficialTemplatingAndValidates(string variant)
    {
        var (name, data) = CardVariants.All[variant];
        var template = ReadJson(CardSamples.TemplatePath(name));

        var ours = Renderer.Render(name, data);
        var official = await CardTools.ExpandOfficialAsync(template, Renderer.BindingData(name, data));
        var errors = await CardTools.ValidateAsync(ours);

        Assert.True(JsonNode.DeepEquals(official, ours), $"ours:\n{CardTools.Pretty(ours)}\nofficial:\n{CardTools.Pretty(official)}");
        // Nasty text deliberately contains "${...}"; the validator flags any such text, which here is literal user data.
        var unexpected = variant.EndsWith("-nasty", StringComparison.Ordinal)
            ? errors.Where(e => !e.StartsWith("[UnboundTemplateExpression]", StringComparison.Ordinal)).ToList()
            : errors;
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected));
    }

    [Fact]
    public void Render_AllTemplates_UseVersion15AndVerbsOnEveryExecute()
    {
        foreach (var name in CardSamples.DataTypes.Keys)
        {
            var card = Renderer.Render(name, ReadJson(CardSamples.SampleDataPath(name)));
            Assert.Equal("AdaptiveCard", card["type"]!.GetValue<string>());
            Assert.Equal("1.5", card["version"]!.GetValue<string>());
            Assert.All(Descendants(card).Where(o => (string?)o["type"] == "Action.Execute"),
                action => Assert.False(string.IsNullOrWhiteSpace((string?)action["verb"]), $"{name}: Action.Execute without verb"));
            Assert.DoesNotContain(Descendants(card), o => (string?)o["type"] == "Media");
        }
    }

    /// <summary>Verbs no template names: the menu's items carry them in their data.</summary>
    private static readonly string[] MenuOnlyVerbs = [DirectoryVerbs.MyDetails, DirectoryVerbs.NetworkOverview, RegisterVerbs.MyCases];

    [Fact]
    public void Templates_FixedVerbs_AreExactlyTheFeatureVerbConstants()
    {
        var constants = new[] { typeof(WelcomeVerbs), typeof(DirectoryVerbs), typeof(ReportVerbs), typeof(ScreeningVerbs), typeof(RegisterVerbs), typeof(ChairVerbs), typeof(MeetingVerbs), typeof(ActionVerbs), typeof(LetterVerbs) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Except(MenuOnlyVerbs)
            .ToHashSet();

        var used = CardSamples.DataTypes.Keys
            .SelectMany(name => Descendants(ReadJson(CardSamples.TemplatePath(name))))
            .Where(o => (string?)o["type"] == "Action.Execute")
            .Select(o => o["verb"]!.GetValue<string>())
            .Where(v => !v.Contains("${", StringComparison.Ordinal))
            .ToHashSet();

        Assert.Equal(constants.Order(StringComparer.Ordinal), used.Order(StringComparer.Ordinal));
    }

    private static JsonNode ReadJson(string path) =>
        JsonNode.Parse(File.ReadAllText(path)) ?? throw new InvalidOperationException($"{path} is null.");

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.SelectMany(p => Descendants(p.Value))),
        JsonArray array => array.SelectMany(Descendants),
        _ => [],
    };
}
