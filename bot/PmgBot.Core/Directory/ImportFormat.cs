namespace PmgBot.Core.Directory;

public enum ImportFormat
{
    /// <summary>A JSON document with organisations, municipalities, JPPs and professionals (see docs in DirectoryImporter).</summary>
    Json = 0,

    /// <summary>A CSV file of professionals only; organisations and JPPs must already be stored.</summary>
    Csv = 1,
}
