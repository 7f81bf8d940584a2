using System.Text.Json;
using System.Text.Json.Serialization;

namespace PmgBot.Core.Directory.Import;

internal static class JsonDirectoryReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // A misspelt field ("rollen" instead of "roles") is an error, not silently ignored.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static async Task<ParsedDirectory> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        try
        {
            var file = await JsonSerializer.DeserializeAsync<DirectoryFile>(stream, Options, cancellationToken).ConfigureAwait(false);
            return file is null
                ? new ParsedDirectory(null, [new ImportError(ImportSections.File, 0, "het bestand bevat geen gegevens.")])
                : new ParsedDirectory(file, []);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (regel {line + 1}{(string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "" : $", bij {ex.Path}")})" : "";
            return new ParsedDirectory(null,
            [
                new ImportError(ImportSections.File, 0,
                    $"het bestand is geen geldig JSON-importbestand{where}. Controleer de opbouw, de veldnamen "
                    + "(organisations, municipalities, jpps, professionals, meetingSeries) en de waarden."),
            ]);
        }
    }
}
