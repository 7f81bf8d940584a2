using System.Text.Json.Serialization;

namespace PmgBot.Core.Directory;

/// <summary>
/// The JSON import document. A missing (or null) section leaves that part of the directory as it is; a present
/// <see cref="Professionals"/> list is the complete list (professionals not in it are deactivated).
/// </summary>
internal sealed class DirectoryFile
{
    /// <summary>Free text for people reading the file (where the data comes from); not stored.</summary>
    public string? Description { get; set; }

    public List<OrganisationRow?>? Organisations { get; set; }
    public List<MunicipalityRow?>? Municipalities { get; set; }
    public List<JppRow?>? Jpps { get; set; }
    public List<ProfessionalRow?>? Professionals { get; set; }

    /// <summary>The features' sections by JSON name, as read (<see cref="IDirectoryImportSection"/>; a null value is left out).</summary>
    [JsonIgnore]
    public Dictionary<string, object> Sections { get; } = new(StringComparer.Ordinal);
}
