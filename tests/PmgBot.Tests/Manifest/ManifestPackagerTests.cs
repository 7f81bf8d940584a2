using System.IO.Compression;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using PmgBot.Bot.Manifest;
using PmgBot.Tests.Cards;

namespace PmgBot.Tests.Manifest;

public sealed class ManifestPackagerTests
{
    private const string TeamsAppId = "3f1c2a4b-5d6e-4f70-8a9b-0c1d2e3f4a5b";
    private const string BotAppId = "9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a";

    private static readonly Dictionary<string, string?> ValidSettings = new()
    {
        [ManifestSettings.BotAppIdKey] = BotAppId,
        [ManifestSettings.TeamsAppIdKey] = TeamsAppId,
        [ManifestSettings.VersionKey] = "1.4.2",
        [ManifestSettings.DeveloperNameKey] = "ZVH Parkstad",
        [ManifestSettings.WebsiteUrlKey] = "https://pmgbot.zvh.example/",
        [ManifestSettings.PrivacyUrlKey] = "https://pmgbot.zvh.example/privacy",
        [ManifestSettings.TermsOfUseUrlKey] = "https://pmgbot.zvh.example/voorwaarden",
    };

    public static TheoryData<string, string?, string> InvalidSettings => new()
    {
        { ManifestSettings.BotAppIdKey, null, "Bot:AppId ontbreekt." },
        { ManifestSettings.TeamsAppIdKey, "", "Manifest:AppId ontbreekt." },
        { ManifestSettings.TeamsAppIdKey, "pmgbot", "Manifest:AppId moet een GUID zijn" },
        { ManifestSettings.BotAppIdKey, "00000000-0000-0000-0000-000000000000", "Bot:AppId moet een GUID zijn" },
        { ManifestSettings.VersionKey, "1.0", "Manifest:Version moet de vorm x.y.z hebben" },
        { ManifestSettings.DeveloperNameKey, new string('x', 33), "Manifest:DeveloperName mag hoogstens 32 tekens" },
        { ManifestSettings.PrivacyUrlKey, "http://pmgbot.example/privacy", "Manifest:PrivacyUrl moet een https-adres zijn" },
    };

    [Fact]
    public void WritePackage_ValidSettings_ZipHoldsExactlyTheFilesWithIdsReplaced()
    {
        using var temp = new TempFiles();
        var zipPath = Path.Combine(temp.Folder, "out", "pmgbot.zip");

        var entries = Packager(ValidSettings).WritePackage(RepoPaths.Manifest, zipPath);

        using var zip = ZipFile.OpenRead(zipPath);
        string[] expected = ["color.png", "en-us.json", "manifest.json", "outline.png"];
        Assert.Equal(expected, zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        Assert.Equal(expected, entries.Order(StringComparer.Ordinal));
        var manifest = ReadEntry(zip, "manifest.json");
        Assert.Equal(TeamsAppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(BotAppId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal("1.4.2", manifest["version"]!.GetValue<string>());
        Assert.Equal("ZVH Parkstad", manifest["developer"]!["name"]!.GetValue<string>());
        Assert.Equal("https://pmgbot.zvh.example/privacy", manifest["developer"]!["privacyUrl"]!.GetValue<string>());
        Assert.Equal("https://pmgbot.zvh.example/voorwaarden", manifest["developer"]!["termsOfUseUrl"]!.GetValue<string>());
        Assert.Equal("https://pmgbot.zvh.example/", manifest["developer"]!["websiteUrl"]!.GetValue<string>());
        var text = manifest.ToJsonString();
        Assert.DoesNotContain(ManifestPackager.PlaceholderTeamsAppId, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ManifestPackager.PlaceholderBotAppId, text, StringComparison.Ordinal);
        foreach (var file in new[] { "color.png", "outline.png", "en-us.json" })
        {
            using var stream = zip.GetEntry(file)!.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Manifest, file)), copy.ToArray());
        }
    }

    [Fact]
    public void WritePackage_OnlyRequiredSettings_KeepsCommittedVersionAndDeveloper()
    {
        var committed = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Manifest, "manifest.json")))!;
        var settings = new Dictionary<string, string?>
        {
            [ManifestSettings.BotAppIdKey] = BotAppId,
            [ManifestSettings.TeamsAppIdKey] = TeamsAppId,
        };

        var manifest = Packager(settings).BuildManifest(RepoPaths.Manifest);

        Assert.Equal(committed["version"]!.GetValue<string>(), manifest["version"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(committed["developer"], manifest["developer"]));
        Assert.Equal(TeamsAppId, manifest["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task WritePackage_PackagedManifest_ValidatesAgainstBundledSchema()
    {
        using var temp = new TempFiles();
        var zipPath = Path.Combine(temp.Folder, "pmgbot.zip");
        Packager(ValidSettings).WritePackage(RepoPaths.Manifest, zipPath);
        var extracted = Path.Combine(temp.Folder, "extracted");
        ZipFile.ExtractToDirectory(zipPath, extracted);

        var errors = await ManifestTools.ValidateAsync(Path.Combine(extracted, "manifest.json"));

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void FromConfiguration_InvalidSetting_ThrowsDutchMessage(string key, string? value, string expected)
    {
        var settings = new Dictionary<string, string?>(ValidSettings) { [key] = value };

        var ex = Assert.Throws<ManifestPackageException>(() => ManifestSettings.FromConfiguration(Configuration(settings)));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("Het Teams-app-pakket kan niet worden gemaakt:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromConfiguration_NothingSet_ListsEveryRequiredSetting()
    {
        var ex = Assert.Throws<ManifestPackageException>(() => ManifestSettings.FromConfiguration(Configuration([])));

        Assert.Contains("Bot:AppId ontbreekt.", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Manifest:AppId ontbreekt.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WritePackage_MissingIcon_ThrowsAndLeavesNoZip()
    {
        using var temp = new TempFiles();
        var folder = Path.Combine(temp.Folder, "manifest");
        Directory.CreateDirectory(folder);
        foreach (var file in new[] { "manifest.json", "en-us.json", "color.png" })
        {
            File.Copy(Path.Combine(RepoPaths.Manifest, file), Path.Combine(folder, file));
        }

        var zipPath = Path.Combine(temp.Folder, "pmgbot.zip");
        var ex = Assert.Throws<ManifestPackageException>(() => Packager(ValidSettings).WritePackage(folder, zipPath));

        Assert.Contains("outline.png", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(temp.Folder));
    }

    [Fact]
    public void BuildManifest_NewPlaceholderElsewhere_Refuses()
    {
        using var temp = new TempFiles();
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Manifest, "manifest.json")))!.AsObject();
        manifest["webApplicationInfo"] = new JsonObject { ["id"] = ManifestPackager.PlaceholderBotAppId };
        temp.Write("manifest.json", manifest.ToJsonString());

        var ex = Assert.Throws<ManifestPackageException>(() => Packager(ValidSettings).BuildManifest(temp.Folder));

        Assert.Contains("voorbeeld-GUID", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FindManifestFolder_FromFolderInsideRepository_FindsManifest()
    {
        var folder = ManifestPackager.FindManifestFolder(Path.Combine(RepoPaths.Root, "tests", "tools"));

        Assert.Equal(Path.GetFullPath(RepoPaths.Manifest), folder);
    }

    private static ManifestPackager Packager(Dictionary<string, string?> settings) =>
        new(ManifestSettings.FromConfiguration(Configuration(settings)));

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private static JsonObject ReadEntry(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return JsonNode.Parse(stream)!.AsObject();
    }
}
