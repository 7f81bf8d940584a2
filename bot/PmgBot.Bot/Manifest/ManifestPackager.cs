using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PmgBot.Bot.Manifest;

/// <summary>
/// Builds the Teams app package (a zip with manifest.json, the language files and the two icons at the root) from the
/// manifest/ folder. The committed manifest carries placeholder GUIDs so that it validates on its own; the packager
/// sets the ids, version and developer details from <see cref="ManifestSettings"/> on the JSON tree and refuses to
/// write a package that still contains a placeholder.
/// </summary>
public sealed class ManifestPackager(ManifestSettings settings)
{
    public const string ManifestFileName = "manifest.json";

    /// <summary>The Teams app id in the committed manifest.json, replaced by <c>Manifest:AppId</c>.</summary>
    public const string PlaceholderTeamsAppId = "00000000-0000-0000-0000-00000000a001";

    /// <summary>The bot id in the committed manifest.json, replaced by <c>Bot:AppId</c>.</summary>
    public const string PlaceholderBotAppId = "00000000-0000-0000-0000-00000000b001";

    private static readonly DateTimeOffset EntryTimestamp = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The manifest/ folder: in <paramref name="startDirectory"/> (default: the current directory) or one of its parents,
    /// else the copy next to the executable (<c>AppContext.BaseDirectory/manifest</c>). Null when not found.
    /// </summary>
    public static string? FindManifestFolder(string? startDirectory = null)
    {
        var candidates = new List<string>();
        for (var dir = new DirectoryInfo(startDirectory ?? Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            candidates.Add(Path.Combine(dir.FullName, "manifest"));
        }

        candidates.Add(Path.Combine(AppContext.BaseDirectory, "manifest"));

        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, ManifestFileName)));
    }

    /// <summary>The manifest of <paramref name="manifestFolder"/> with ids, version and developer details set.</summary>
    public JsonObject BuildManifest(string manifestFolder)
    {
        ArgumentNullException.ThrowIfNull(manifestFolder);
        var path = Path.Combine(manifestFolder, ManifestFileName);
        if (!File.Exists(path))
        {
            throw new ManifestPackageException($"Het manifest is niet gevonden: {path}");
        }

        JsonObject manifest;
        try
        {
            manifest = JsonNode.Parse(File.ReadAllText(path))?.AsObject()
                ?? throw new ManifestPackageException($"{path} is leeg.");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw new ManifestPackageException($"{path} is geen geldig JSON-object: {ex.Message}", ex);
        }

        manifest["id"] = settings.TeamsAppId.ToString("D");
        SetBotIds(manifest["bots"]);
        SetBotIds(manifest["composeExtensions"]);
        if (settings.Version is not null)
        {
            manifest["version"] = settings.Version;
        }

        var developer = manifest["developer"] as JsonObject
            ?? throw new ManifestPackageException("Het manifest heeft geen 'developer'.");
        SetIfGiven(developer, "name", settings.DeveloperName);
        SetIfGiven(developer, "websiteUrl", settings.WebsiteUrl?.AbsoluteUri);
        SetIfGiven(developer, "privacyUrl", settings.PrivacyUrl?.AbsoluteUri);
        SetIfGiven(developer, "termsOfUseUrl", settings.TermsOfUseUrl?.AbsoluteUri);

        var text = manifest.ToJsonString();
        if (text.Contains(PlaceholderTeamsAppId, StringComparison.OrdinalIgnoreCase)
            || text.Contains(PlaceholderBotAppId, StringComparison.OrdinalIgnoreCase))
        {
            throw new ManifestPackageException("Het manifest bevat nog een voorbeeld-GUID op een plek die de packager niet invult.");
        }

        return manifest;
    }

    /// <summary>The files that go into the package next to manifest.json: the icons and the language files.</summary>
    public static IReadOnlyList<string> ReferencedFiles(JsonObject manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var files = new List<string>();
        foreach (var key in new[] { "color", "outline", "color32x32" })
        {
            if (manifest["icons"]?[key]?.GetValue<string>() is { } icon)
            {
                files.Add(icon);
            }
        }

        if (manifest["localizationInfo"] is JsonObject localization)
        {
            if (localization["defaultLanguageFile"]?.GetValue<string>() is { } defaultFile)
            {
                files.Add(defaultFile);
            }

            foreach (var language in localization["additionalLanguages"]?.AsArray() ?? [])
            {
                files.Add(language!["file"]!.GetValue<string>());
            }
        }

        return files;
    }

    /// <summary>Writes the package to <paramref name="output"/>; returns the entry names.</summary>
    public IReadOnlyList<string> WritePackage(string manifestFolder, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var manifest = BuildManifest(manifestFolder);
        var files = ReferencedFiles(manifest);
        foreach (var file in files)
        {
            if (Path.GetFileName(file) != file)
            {
                throw new ManifestPackageException($"'{file}' moet een bestandsnaam zonder map zijn: Teams verwacht alles in de root van het pakket.");
            }

            if (!File.Exists(Path.Combine(manifestFolder, file)))
            {
                throw new ManifestPackageException($"Het bestand '{file}' uit het manifest ontbreekt in {manifestFolder}.");
            }
        }

        var entries = new List<string> { ManifestFileName };
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        AddEntry(zip, ManifestFileName, stream => JsonSerializer.Serialize(stream, manifest, WriteOptions));
        foreach (var file in files.Distinct(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(Path.Combine(manifestFolder, file));
            AddEntry(zip, file, stream => stream.Write(bytes));
            entries.Add(file);
        }

        return entries;
    }

    /// <summary>Writes the package to <paramref name="zipPath"/> (via a temporary file, so a failure leaves no half zip).</summary>
    public IReadOnlyList<string> WritePackage(string manifestFolder, string zipPath)
    {
        ArgumentNullException.ThrowIfNull(zipPath);
        var full = Path.GetFullPath(zipPath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp";
        try
        {
            IReadOnlyList<string> entries;
            using (var stream = File.Create(temp))
            {
                entries = WritePackage(manifestFolder, stream);
            }

            File.Move(temp, full, overwrite: true);
            return entries;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private void SetBotIds(JsonNode? list)
    {
        foreach (var item in list?.AsArray() ?? [])
        {
            if (item is JsonObject obj && obj.ContainsKey("botId"))
            {
                obj["botId"] = settings.BotAppId.ToString("D");
            }
        }
    }

    private static void SetIfGiven(JsonObject target, string key, string? value)
    {
        if (value is not null)
        {
            target[key] = value;
        }
    }

    private static void AddEntry(ZipArchive zip, string name, Action<Stream> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTimestamp;
        using var stream = entry.Open();
        write(stream);
    }
}
