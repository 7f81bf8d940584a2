using System.Text.Json.Serialization;

namespace PmgBot.Core.Directory;

internal sealed class ProfessionalRow
{
    /// <summary>Entra object id, any string (the Agents Playground uses ids that are not GUIDs).</summary>
    public string? AadObjectId { get; set; }
    public string? DisplayName { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }

    /// <summary>Id of the organisation.</summary>
    public string? Organisation { get; set; }

    /// <summary>Dutch role names, see <see cref="RoleNames"/>.</summary>
    public List<string?>? Roles { get; set; }

    /// <summary>Ids of the JPPs the professional takes part in.</summary>
    public List<string?>? Jpps { get; set; }

    /// <summary>Default true; false stores the professional as inactive.</summary>
    public bool? Active { get; set; }

    /// <summary>Set by the reader: CSV spreadsheet row; 0 for JSON (the list position is used).</summary>
    [JsonIgnore]
    public int SourceRow { get; set; }
}
