using System.Globalization;
using System.Text.RegularExpressions;

namespace PmgBot.Bot.Manifest;

/// <summary>
/// What the packager puts into the manifest. From configuration: <c>Bot:AppId</c> and <c>Manifest:AppId</c> (GUIDs,
/// required), <c>Manifest:Version</c> (x.y.z), <c>Manifest:DeveloperName</c> (≤ 32 characters), <c>Manifest:WebsiteUrl</c>,
/// <c>Manifest:PrivacyUrl</c>, <c>Manifest:TermsOfUseUrl</c> (https). Optional values left out keep the value in
/// manifest/manifest.json.
/// </summary>
public sealed partial record ManifestSettings(
    Guid TeamsAppId,
    Guid BotAppId,
    string? Version = null,
    string? DeveloperName = null,
    Uri? WebsiteUrl = null,
    Uri? PrivacyUrl = null,
    Uri? TermsOfUseUrl = null)
{
    public const string BotAppIdKey = "Bot:AppId";
    public const string TeamsAppIdKey = "Manifest:AppId";
    public const string VersionKey = "Manifest:Version";
    public const string DeveloperNameKey = "Manifest:DeveloperName";
    public const string WebsiteUrlKey = "Manifest:WebsiteUrl";
    public const string PrivacyUrlKey = "Manifest:PrivacyUrl";
    public const string TermsOfUseUrlKey = "Manifest:TermsOfUseUrl";

    /// <summary>Reads and checks the settings; throws one <see cref="ManifestPackageException"/> listing every problem.</summary>
    public static ManifestSettings FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<string>();
        var teamsAppId = ReadGuid(configuration, TeamsAppIdKey, problems);
        var botAppId = ReadGuid(configuration, BotAppIdKey, problems);

        var version = Optional(configuration, VersionKey);
        if (version is not null && !SemVer().IsMatch(version))
        {
            problems.Add($"{VersionKey} moet de vorm x.y.z hebben (bijvoorbeeld 1.2.0), niet '{version}'.");
        }

        var developerName = Optional(configuration, DeveloperNameKey);
        if (developerName is { Length: > 32 })
        {
            problems.Add($"{DeveloperNameKey} mag hoogstens 32 tekens lang zijn.");
        }

        var website = ReadUrl(configuration, WebsiteUrlKey, problems);
        var privacy = ReadUrl(configuration, PrivacyUrlKey, problems);
        var terms = ReadUrl(configuration, TermsOfUseUrlKey, problems);

        return problems.Count > 0
            ? throw new ManifestPackageException("Het Teams-app-pakket kan niet worden gemaakt:" + Environment.NewLine
                + string.Join(Environment.NewLine, problems.Select(p => "- " + p)))
            : new ManifestSettings(teamsAppId, botAppId, version, developerName, website, privacy, terms);
    }

    private static string? Optional(IConfiguration configuration, string key) =>
        string.IsNullOrWhiteSpace(configuration[key]) ? null : configuration[key]!.Trim();

    private static Guid ReadGuid(IConfiguration configuration, string key, List<string> problems)
    {
        var text = Optional(configuration, key);
        if (text is null)
        {
            problems.Add($"{key} ontbreekt.");
            return Guid.Empty;
        }

        if (!Guid.TryParseExact(text, "D", out var id) || id == Guid.Empty)
        {
            problems.Add($"{key} moet een GUID zijn (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), niet '{text}'.");
        }

        return id;
    }

    private static Uri? ReadUrl(IConfiguration configuration, string key, List<string> problems)
    {
        var text = Optional(configuration, key);
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps)
        {
            return url;
        }

        problems.Add(string.Create(CultureInfo.InvariantCulture, $"{key} moet een https-adres zijn, niet '{text}'."));
        return null;
    }

    [GeneratedRegex(@"^\d+\.\d+\.\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex SemVer();
}
