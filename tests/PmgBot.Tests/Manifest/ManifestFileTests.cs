using System.Text.Json.Nodes;
using PmgBot.Bot.Manifest;
using PmgBot.Tests.Cards;

namespace PmgBot.Tests.Manifest;

/// <summary>The committed manifest/ folder: schema-valid on its own, Dutch by default, and proper icons.</summary>
public sealed class ManifestFileTests
{
    private static string ManifestPath => Path.Combine(RepoPaths.Manifest, "manifest.json");

    private static JsonObject Manifest => JsonNode.Parse(File.ReadAllText(ManifestPath))!.AsObject();

    [Fact]
    public async Task Manifest_Committed_ValidatesAgainstBundledSchemaWithLanguageFile()
    {
        var errors = await ManifestTools.ValidateAsync(ManifestPath);

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Localization_EnUs_ValidatesAgainstLocalizationSchema()
    {
        var errors = await ManifestTools.ValidateAsync(Path.Combine(RepoPaths.Manifest, "en-us.json"), localization: true);

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [InlineData("name", "must have required property 'name'")]
    [InlineData("id", "/id must match pattern")]
    [InlineData("scopes", "must be equal to one of the allowed values")]
    [InlineData("language", "key \"bots[0].commandLists[0].commands[40].title\" does not exist")]
    public async Task Validate_BrokenManifest_ReportsTheError(string breakage, string expected)
    {
        using var temp = new TempFiles();
        foreach (var file in Directory.GetFiles(RepoPaths.Manifest))
        {
            File.Copy(file, Path.Combine(temp.Folder, Path.GetFileName(file)));
        }

        var manifest = Manifest;
        switch (breakage)
        {
            case "name": manifest.Remove("name"); break;
            case "id": manifest["id"] = "geen-guid"; break;
            case "scopes": manifest["bots"]![0]!["scopes"]!.AsArray().Add("meeting"); break;
            default:
                var language = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Manifest, "en-us.json")))!.AsObject();
                language["bots[0].commandLists[0].commands[40].title"] = "x";
                File.WriteAllText(Path.Combine(temp.Folder, "en-us.json"), language.ToJsonString());
                break;
        }

        var path = temp.Write("manifest.json", manifest.ToJsonString());
        var errors = await ManifestTools.ValidateAsync(path);

        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Manifest_Committed_IsDutchBotInAllScopesWithPlaceholderIds()
    {
        var manifest = Manifest;
        var version = manifest["manifestVersion"]!.GetValue<string>();

        Assert.True(Version.Parse(version) >= new Version(1, 19), $"manifestVersion {version} must be 1.19 or newer");
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json", manifest["$schema"]!.GetValue<string>());
        Assert.Equal("nl-nl", manifest["localizationInfo"]!["defaultLanguageTag"]!.GetValue<string>());
        Assert.Equal("en-us.json", manifest["localizationInfo"]!["additionalLanguages"]![0]!["file"]!.GetValue<string>());
        Assert.Equal(ManifestPackager.PlaceholderTeamsAppId, manifest["id"]!.GetValue<string>());
        var bot = Assert.Single(manifest["bots"]!.AsArray())!;
        Assert.Equal(ManifestPackager.PlaceholderBotAppId, bot["botId"]!.GetValue<string>());
        Assert.Equal(["personal", "groupChat", "team"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        var personal = bot["commandLists"]!.AsArray().Single(l => l!["scopes"]!.AsArray().Any(s => (string?)s == "personal"))!;
        var titles = personal["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()).ToArray();
        Assert.Subset(titles.ToHashSet(), new HashSet<string> { "help", "menu", "mijn gegevens", "privacy" });
    }

    [Fact]
    public void CommandLists_EveryCommand_HasARouteInTheBot()
    {
        var routes = PmgBot.Bot.Routing.BotRoutes.Create(development: false);
        foreach (var list in Manifest["bots"]![0]!["commandLists"]!.AsArray())
        {
            var scope = list!["scopes"]!.AsArray().Any(s => (string?)s == "personal")
                ? PmgBot.Core.Turns.RouteScope.Personal
                : PmgBot.Core.Turns.RouteScope.Group;
            foreach (var command in list["commands"]!.AsArray())
            {
                var title = command!["title"]!.GetValue<string>();
                var route = scope == PmgBot.Core.Turns.RouteScope.Personal
                    ? routes.MatchCommand(PmgBot.Core.Turns.CommandText.Normalise(title), scope)
                    : routes.Match(PmgBot.Core.Turns.RouteKind.Fallback, "", scope);
                Assert.True(route is not null, $"The manifest offers '{title}' ({scope}) but no route handles it.");
            }
        }
    }

    /// <summary>An English Teams client shows (and sends) the en-us titles: each is a command or a phrase the intents understand.</summary>
    [Fact]
    public void CommandLists_EnglishTitles_RoutedOrRecognised()
    {
        var routes = PmgBot.Bot.Routing.BotRoutes.Create(development: false);
        var recognizer = new PmgBot.Core.Features.Welcome.Intents.IntentRecognizer();
        var language = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Manifest, "en-us.json")))!.AsObject();
        var titles = language.Where(p => p.Key.StartsWith("bots[0].commandLists[0].commands[", StringComparison.Ordinal) && p.Key.EndsWith("].title", StringComparison.Ordinal))
            .Select(p => p.Value!.GetValue<string>())
            .ToList();

        Assert.Equal(Manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray().Count, titles.Count);
        Assert.All(titles, title => Assert.True(
            routes.MatchCommand(PmgBot.Core.Turns.CommandText.Normalise(title), PmgBot.Core.Turns.RouteScope.Personal) is not null
            || recognizer.Recognize(title).Intent != PmgBot.Core.Features.Welcome.Intents.Intent.None,
            $"The English manifest offers '{title}' but neither a command nor an intent handles it."));
    }

    [Fact]
    public void ComposeExtensions_Committed_OneMessageActionWithDialogRoutedInTheBot()
    {
        var manifest = Manifest;
        var extension = Assert.Single(manifest["composeExtensions"]!.AsArray())!;
        Assert.Equal(ManifestPackager.PlaceholderBotAppId, extension["botId"]!.GetValue<string>());
        var command = Assert.Single(extension["commands"]!.AsArray())!;
        var id = command["id"]!.GetValue<string>();
        Assert.Equal(PmgBot.Core.Features.Reports.MessageReportFlow.CommandId, id);
        Assert.Equal("action", command["type"]!.GetValue<string>());
        Assert.Equal(["message"], command["context"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.True(command["fetchTask"]!.GetValue<bool>());
        Assert.Equal("Melden bij PmgBot", command["title"]!.GetValue<string>());
        Assert.InRange(command["description"]!.GetValue<string>().Length, 1, 128);

        var language = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Manifest, "en-us.json")))!;
        Assert.InRange(language["composeExtensions[0].commands[0].title"]!.GetValue<string>().Length, 1, 32);
        Assert.InRange(language["composeExtensions[0].commands[0].description"]!.GetValue<string>().Length, 1, 128);

        var routes = PmgBot.Bot.Routing.BotRoutes.Create(development: false);
        Assert.NotNull(routes.Match(PmgBot.Core.Turns.RouteKind.MessageActionFetch, id, PmgBot.Core.Turns.RouteScope.Dialog));
        Assert.NotNull(routes.Match(PmgBot.Core.Turns.RouteKind.MessageActionSubmit, id, PmgBot.Core.Turns.RouteScope.Dialog));
    }

    [Fact]
    public void ColorIcon_Committed_Is192x192OpaqueFullColour()
    {
        var image = PngReader.Read(File.ReadAllBytes(Path.Combine(RepoPaths.Manifest, "color.png")));

        Assert.Equal((192, 192), (image.Width, image.Height));
        Assert.All(image.Pixels(), p => Assert.Equal(255, p.A));
        Assert.True(image.Pixels().Select(p => (p.R, p.G, p.B)).Distinct().Count() > 3, "the colour icon should have more than a few colours");
        Assert.Contains(image.Pixels(), p => p.R != p.G || p.G != p.B);
    }

    [Fact]
    public void OutlineIcon_Committed_Is32x32WhiteOnTransparent()
    {
        var image = PngReader.Read(File.ReadAllBytes(Path.Combine(RepoPaths.Manifest, "outline.png")));

        Assert.Equal((32, 32), (image.Width, image.Height));
        Assert.Equal(6, image.ColourType);
        Assert.All(image.Pixels().Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Equal(0, image.Pixel(0, 0).A);
        Assert.Equal(0, image.Pixel(31, 31).A);
        var transparent = image.Pixels().Count(p => p.A == 0);
        var solid = image.Pixels().Count(p => p.A == 255);
        Assert.InRange(transparent, 32 * 32 / 4, 32 * 32 * 9 / 10);
        Assert.True(solid > 32 * 32 / 10, $"only {solid} fully white pixels");
    }
}
