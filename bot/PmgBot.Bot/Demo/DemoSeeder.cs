using Microsoft.Extensions.Options;
using PmgBot.Core.Directory;

namespace PmgBot.Bot.Demo;

/// <summary>Imports the demo directory (Demo/demo-directory.json) when <see cref="DemoOptions.Seed"/> is on and no professional is stored yet.</summary>
public sealed class DemoSeeder(
    IOptions<DemoOptions> options,
    IProfessionalDirectory directory,
    DirectoryImporter importer,
    IHostEnvironment environment,
    ILogger<DemoSeeder> logger)
{
    /// <summary>True when the demo data was imported now.</summary>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Seed)
        {
            return false;
        }

        if (!await directory.IsEmptyAsync(cancellationToken).ConfigureAwait(false))
        {
            DemoLog.AlreadySeeded(logger);
            return false;
        }

        var path = ResolvePath(options.Value.File, environment.ContentRootPath);
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            var result = await importer.ImportAsync(stream, ImportFormat.Json, cancellationToken).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"The demo directory {path} does not import: {result.Describe()}");
            }

            DemoLog.Seeded(logger, result.Counts.ProfessionalsAdded);
            return true;
        }
    }

    internal static string ResolvePath(string file, string contentRootPath)
    {
        if (Path.IsPathRooted(file))
        {
            return file;
        }

        var underContentRoot = Path.Combine(contentRootPath, file);
        if (File.Exists(underContentRoot))
        {
            return underContentRoot;
        }

        var besideProgram = Path.Combine(AppContext.BaseDirectory, file);
        return File.Exists(besideProgram)
            ? besideProgram
            : throw new FileNotFoundException($"Demo directory file not found under the content root or beside the program: {file}", underContentRoot);
    }
}
