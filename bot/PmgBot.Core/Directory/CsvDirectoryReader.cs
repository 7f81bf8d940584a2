using CsvHelper;

namespace PmgBot.Core.Directory;

/// <summary>
/// Reads a CSV file of professionals. Header (any order, case-insensitive):
/// <c>aadObjectId, displayName, email, phone, organisation, roles, jpps</c> and optionally <c>active</c> (ja/nee).
/// The delimiter is a comma or a semicolon (whichever the header line uses most). Several roles or JPPs in one cell are separated by
/// <c>|</c> (or by the list sign the delimiter does not use).
/// </summary>
internal static class CsvDirectoryReader
{
    private static readonly string[] RequiredColumns = ["aadobjectid", "displayname", "organisation", "roles"];
    private static readonly string[] KnownColumns = [.. RequiredColumns, "email", "phone", "jpps", "active"];
    private static readonly char[] ListSeparators = ['|', ';', ','];

    public static async Task<ParsedDirectory> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        // Directory files are small: read them whole, so the delimiter can be chosen from the header line.
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        var bytes = buffer.ToArray();
        var errors = new List<ImportError>();
        var options = new CsvReaderOptions
        {
            Separator = DetectSeparator(bytes),
            HasHeader = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = record => errors.Add(new ImportError(ImportSections.Professionals, (int)record.LineNumber,
                "deze rij kon niet gelezen worden (aanhalingstekens of scheidingstekens kloppen niet).")),
            IncludeValuesInExceptions = false,
        };

        using var csv = CsvReader.Create(bytes, options);
        try
        {
            await csv.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
            var header = csv.Headers;
            if (header is null || header.Count == 0 || header.All(string.IsNullOrWhiteSpace))
            {
                return new ParsedDirectory(null, [new ImportError(ImportSections.File, 0, "het CSV-bestand is leeg.")]);
            }

            var columns = header.Select(h => h.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            var missing = RequiredColumns.Where(c => !columns.Contains(c)).ToList();
            var unknown = header.Where(h => !KnownColumns.Contains(h.Trim().ToLowerInvariant())).ToList();
            if (missing.Count > 0 || unknown.Count > 0)
            {
                var text = missing.Count > 0 ? $"kolom(men) ontbreken: {string.Join(", ", missing)}. " : "";
                text += unknown.Count > 0 ? $"onbekende kolom(men): {string.Join(", ", unknown)}. " : "";
                return new ParsedDirectory(null,
                [
                    new ImportError(ImportSections.File, 0,
                        text + "Verwacht: aadObjectId, displayName, email, phone, organisation, roles, jpps (en eventueel active)."),
                ]);
            }

            var rows = new List<ProfessionalRow?>();
            while (await csv.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var rowNumber = (int)csv.LineNumber;
                bool? active = null;
                var activeText = Field(csv, "active");
                if (activeText is not null)
                {
                    active = ParseYesNo(activeText);
                    if (active is null)
                    {
                        errors.Add(new ImportError(ImportSections.Professionals, rowNumber, $"'{activeText}' in kolom active moet ja of nee zijn."));
                    }
                }

                rows.Add(new ProfessionalRow
                {
                    AadObjectId = Field(csv, "aadobjectid"),
                    DisplayName = Field(csv, "displayname"),
                    Email = Field(csv, "email"),
                    Phone = Field(csv, "phone"),
                    Organisation = Field(csv, "organisation"),
                    Roles = List(Field(csv, "roles")),
                    Jpps = List(Field(csv, "jpps")),
                    Active = active,
                    SourceRow = rowNumber,
                });
            }

            return errors.Count > 0
                ? new ParsedDirectory(null, errors)
                : new ParsedDirectory(new DirectoryFile { Professionals = rows }, []);
        }
        catch (CsvFormatException)
        {
            return new ParsedDirectory(null,
            [
                new ImportError(ImportSections.File, 0, "het CSV-bestand kon niet gelezen worden. Controleer scheidingstekens en aanhalingstekens."),
            ]);
        }
    }

    /// <summary>A semicolon when the header line has more semicolons than commas (Dutch Excel), else a comma.</summary>
    private static char DetectSeparator(byte[] bytes)
    {
        var end = Array.IndexOf(bytes, (byte)'\n');
        var header = end < 0 ? bytes : bytes.AsSpan(0, end).ToArray();
        return header.Count(b => b == (byte)';') > header.Count(b => b == (byte)',') ? ';' : ',';
    }

    private static string? Field(CsvReader csv, string name) =>
        csv.TryGetFieldIndex(name, out var index) && !csv.IsEmpty(index) ? NullIfBlank(csv.GetString(index)) : null;

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static List<string?> List(string? cell) =>
        cell is null ? [] : [.. cell.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static bool? ParseYesNo(string text) => text.Trim().ToLowerInvariant() switch
    {
        "ja" or "j" or "yes" or "true" or "1" => true,
        "nee" or "n" or "no" or "false" or "0" => false,
        _ => null,
    };
}
