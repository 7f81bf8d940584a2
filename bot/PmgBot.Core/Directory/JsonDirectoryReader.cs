using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PmgBot.Core.Directory;

internal static class JsonDirectoryReader
{
    private const string DirectoryFields = "organisations, municipalities, jpps, professionals";

    public static async Task<ParsedDirectory> ReadAsync(Stream stream, IReadOnlyList<IDirectoryImportSection> sections, CancellationToken cancellationToken)
    {
        try
        {
            var file = await JsonSerializer.DeserializeAsync<DirectoryFile>(stream, Options(sections), cancellationToken).ConfigureAwait(false);
            return file is null
                ? new ParsedDirectory(null, [new ImportError(ImportSections.File, 0, "het bestand bevat geen gegevens.")])
                : new ParsedDirectory(file, []);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (regel {line + 1}{(string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "" : $", bij {ex.Path}")})" : "";
            var fields = string.Join(", ", sections.Select(s => s.Name).Prepend(DirectoryFields));
            return new ParsedDirectory(null,
            [
                new ImportError(ImportSections.File, 0,
                    $"het bestand is geen geldig JSON-importbestand{where}. Controleer de opbouw, de veldnamen "
                    + $"({fields}) en de waarden."),
            ]);
        }
    }

    /// <summary>
    /// The document's own fields plus one property per registered section, read in the same pass: a section's errors
    /// carry their line and path like the rest, and a misspelt field anywhere is an error, not silently ignored.
    /// </summary>
    private static JsonSerializerOptions Options(IReadOnlyList<IDirectoryImportSection> sections)
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(info =>
        {
            if (info.Type != typeof(DirectoryFile))
            {
                return;
            }

            foreach (var section in sections)
            {
                var property = info.CreateJsonPropertyInfo(section.ContentType, section.Name);
                property.Get = file => ((DirectoryFile)file).Sections.GetValueOrDefault(section.Name);
                property.Set = (file, value) =>
                {
                    if (value is not null)
                    {
                        ((DirectoryFile)file).Sections[section.Name] = value;
                    }
                };
                info.Properties.Add(property);
            }
        });
        return new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            TypeInfoResolver = resolver,
        };
    }
}
