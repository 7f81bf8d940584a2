using System.Text.Json.Nodes;
using PmgBot.Tests.Cards;

namespace PmgBot.Tests.Manifest;

/// <summary>Runs tests/tools/validate-manifest.js (schemas bundled in @microsoft/app-manifest 1.1.2, no network).</summary>
internal static class ManifestTools
{
    /// <summary>Validates a manifest (with its icons and language files next to it) or, with <paramref name="localization"/>, a language file.</summary>
    public static async Task<IReadOnlyList<string>> ValidateAsync(string file, bool localization = false)
    {
        string[] args = localization ? ["--json", "--localization", file] : ["--json", file];
        var result = await NodeTools.RunAsync("validate-manifest.js", args);
        Assert.True(result.ExitCode is 0 or 1, $"validate-manifest.js crashed ({result.ExitCode}): {result.StdErr}");
        var report = Assert.Single(JsonNode.Parse(result.StdOut)!.AsArray())!;
        var errors = report["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList();
        Assert.Equal(errors.Count > 0 ? 1 : 0, result.ExitCode);
        return errors;
    }
}
