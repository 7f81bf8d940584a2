namespace PmgBot.Core.Directory;

/// <summary>The region's JPPs (id → name) and municipalities (by name), as the directory holds them now.</summary>
public sealed record DirectoryPlaces(IReadOnlyDictionary<string, string> JppNames, IReadOnlyList<MunicipalityOption> Municipalities)
{
    public static DirectoryPlaces Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal), []);
}
