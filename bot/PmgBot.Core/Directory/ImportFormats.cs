namespace PmgBot.Core.Directory;

public static class ImportFormats
{
    /// <summary>The format by file extension (<c>.json</c> or <c>.csv</c>); null for anything else.</summary>
    public static ImportFormat? FromPath(string path)
    {
        var extension = Path.GetExtension(path);
        if (string.Equals(extension, ".json", StringComparison.OrdinalIgnoreCase))
        {
            return ImportFormat.Json;
        }

        return string.Equals(extension, ".csv", StringComparison.OrdinalIgnoreCase) ? ImportFormat.Csv : null;
    }
}
