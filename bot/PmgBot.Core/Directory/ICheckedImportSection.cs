using PmgBot.Core.Data;

namespace PmgBot.Core.Directory;

/// <summary>A feature's import section after its check: stores itself in the importer's unit of work and transaction.</summary>
public interface ICheckedImportSection
{
    /// <summary>Adds or updates the section's rows in <paramref name="db"/> (the importer saves and commits).</summary>
    Task<ImportSectionCount> StoreAsync(PmgDbContext db, CancellationToken cancellationToken);
}
