namespace PmgBot.Core.Directory;

/// <summary>Read access to the directory of professionals.</summary>
public interface IProfessionalDirectory
{
    /// <summary>The professional with this Entra object id (active or not), with organisation and JPPs; null when unknown.</summary>
    Task<ProfessionalProfile?> FindAsync(string aadObjectId, CancellationToken cancellationToken);

    /// <summary>The active members of one JPP, ordered by name.</summary>
    Task<IReadOnlyList<ProfessionalProfile>> ListJppMembersAsync(string jppId, CancellationToken cancellationToken);

    /// <summary>The name of a JPP; null when there is no such JPP.</summary>
    Task<string?> FindJppNameAsync(string jppId, CancellationToken cancellationToken);

    /// <summary>The region's municipalities by name, each with the JPP that serves it.</summary>
    Task<IReadOnlyList<MunicipalityOption>> ListMunicipalitiesAsync(CancellationToken cancellationToken);

    /// <summary>Counts of active professionals per organisation and per JPP.</summary>
    Task<DirectoryOverview> GetOverviewAsync(CancellationToken cancellationToken);

    /// <summary>True when no professional is stored at all.</summary>
    Task<bool> IsEmptyAsync(CancellationToken cancellationToken);
}
