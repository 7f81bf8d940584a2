using PmgBot.Core.Audit;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Meetings.Registration;

namespace PmgBot.Bot.Cli;

/// <summary>
/// Operator commands of the bot executable, run with the same settings (appsettings, environment variables) as the bot:
/// <c>import-directory &lt;file.json|file.csv&gt;</c> and <c>manifest-package --out &lt;file.zip&gt;</c>; and
/// <c>plan-agenda &lt;file.json&gt;</c>, which needs neither settings nor a database.
/// </summary>
public static class CliCommands
{
    public const string ImportDirectory = "import-directory";
    public const string ManifestPackage = "manifest-package";
    public const string PlanAgenda = "plan-agenda";

    public static bool IsCommand(string[] args) =>
        args is [ImportDirectory, ..] or [ManifestPackage, ..] or [PlanAgenda, ..];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args[0] == PlanAgenda)
        {
            // Pure planning: before the host is built, so no settings, database or logging are touched.
            return await PlanAgendaCommand.RunAsync(args[1..], output, error).ConfigureAwait(false);
        }

        // Settings come from appsettings + environment, not from the command's own arguments.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddPmgData(builder.Configuration, builder.Environment);
        builder.Services.AddAudit();
        builder.Services.AddDirectory();
        builder.Services.AddMeetingSeriesImport(); // the features' sections of the import file
        await using var app = builder.Build();
        return args[0] == ImportDirectory
            ? await ImportDirectoryAsync(app.Services, args[1..], output, error).ConfigureAwait(false)
            : await ManifestPackageCommand.RunAsync(app.Configuration, args[1..], output, error).ConfigureAwait(false);
    }

    private static async Task<int> ImportDirectoryAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length != 1)
        {
            await error.WriteLineAsync("Gebruik: import-directory <bestand.json|bestand.csv>").ConfigureAwait(false);
            return 2;
        }

        var path = args[0];
        if (ImportFormats.FromPath(path) is not { } format)
        {
            await error.WriteLineAsync("Het bestand moet eindigen op .json of .csv.").ConfigureAwait(false);
            return 2;
        }

        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"Bestand niet gevonden: {path}").ConfigureAwait(false);
            return 2;
        }

        await services.MigratePmgDatabaseAsync(CancellationToken.None).ConfigureAwait(false);
        await using var scope = services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<DirectoryImporter>();
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            var result = await importer.ImportAsync(stream, format, CancellationToken.None).ConfigureAwait(false);
            await (result.Succeeded ? output : error).WriteLineAsync(result.Describe()).ConfigureAwait(false);
            return result.Succeeded ? 0 : 1;
        }
    }
}
