using PmgBot.Bot.Manifest;

namespace PmgBot.Bot.Cli;

/// <summary><c>manifest-package --out &lt;file.zip&gt;</c>: the Teams app package with the ids from the settings.</summary>
public static class ManifestPackageCommand
{
    public static async Task<int> RunAsync(IConfiguration configuration, string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args is not ["--out", var packagePath])
        {
            await error.WriteLineAsync("Gebruik: manifest-package --out <bestand.zip>").ConfigureAwait(false);
            return 2;
        }

        var folder = ManifestPackager.FindManifestFolder();
        if (folder is null)
        {
            await error.WriteLineAsync("De map manifest/ met manifest.json is niet gevonden (naast het programma of in de huidige map of erboven).").ConfigureAwait(false);
            return 2;
        }

        try
        {
            var files = new ManifestPackager(ManifestSettings.FromConfiguration(configuration)).WritePackage(folder, packagePath);
            await output.WriteLineAsync($"Teams-app-pakket geschreven: {packagePath} ({string.Join(", ", files)})").ConfigureAwait(false);
            return 0;
        }
        catch (ManifestPackageException ex)
        {
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 1;
        }
    }
}
