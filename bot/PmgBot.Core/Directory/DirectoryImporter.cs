using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PmgBot.Core.Audit;
using PmgBot.Core.Data;

namespace PmgBot.Core.Directory;

/// <summary>
/// Imports the directory from a JSON or CSV file (formats: <see cref="JsonDirectoryReader"/> and
/// <see cref="CsvDirectoryReader"/>, example: bot/PmgBot.Bot/Demo/demo-directory.json).
/// <list type="bullet">
/// <item>Every row is checked first; any error means nothing is stored and all errors are returned with their rows.</item>
/// <item>The import runs in one database transaction.</item>
/// <item>Upsert: organisations, municipalities, JPPs and professionals in the file are added or updated by id;
/// nothing is ever deleted. Organisations, municipalities and JPPs not in the file stay as they are.</item>
/// <item>The professionals list is complete: a stored professional missing from it is deactivated (kept, with its
/// JPP memberships, so references in cases and the audit log stay valid, and a later import can reactivate it).
/// A JSON file without a <c>professionals</c> section does not touch professionals.</item>
/// <item>The features' sections (<see cref="IDirectoryImportSection"/>, JSON only, such as the meetings'
/// <c>meetingSeries</c>): read, checked against the directory as it will be after the import, and stored in the same
/// transaction.</item>
/// </list>
/// </summary>
public sealed class DirectoryImporter(
    PmgDbContext db, IAuditLog audit, TimeProvider time, IEnumerable<IDirectoryImportSection> sections, ILogger<DirectoryImporter> logger)
{
    private readonly IReadOnlyList<IDirectoryImportSection> _sections = [.. sections];

    public async Task<ImportResult> ImportAsync(Stream stream, ImportFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var parsed = format switch
        {
            ImportFormat.Json => await JsonDirectoryReader.ReadAsync(stream, _sections, cancellationToken).ConfigureAwait(false),
            ImportFormat.Csv => await CsvDirectoryReader.ReadAsync(stream, cancellationToken).ConfigureAwait(false),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown import format."),
        };
        if (parsed.File is null)
        {
            return await RejectAsync(parsed.Errors, cancellationToken).ConfigureAwait(false);
        }

        ImportCounts counts;
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var stored = await LoadAsync(cancellationToken).ConfigureAwait(false);
            var (validated, errors) = DirectoryValidator.Validate(parsed.File, stored, _sections, time.GetUtcNow().UtcDateTime);
            if (validated is null)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                db.ChangeTracker.Clear();
                return await RejectAsync(errors, cancellationToken).ConfigureAwait(false);
            }

            counts = Apply(validated, stored);
            var sectionCounts = new List<ImportSectionCount>();
            foreach (var section in validated.Sections)
            {
                sectionCounts.Add(await section.StoreAsync(db, cancellationToken).ConfigureAwait(false));
            }

            counts = counts with { Sections = [.. sectionCounts.Where(s => s.Count > 0)] };
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        DirectoryLog.Imported(logger, counts.ProfessionalsAdded, counts.ProfessionalsUpdated, counts.ProfessionalsUnchanged, counts.ProfessionalsDeactivated);
        await audit.RecordAsync(AuditActors.System, AuditActions.DirectoryImport, "directory", null, AuditOutcomes.Success,
            string.Create(CultureInfo.InvariantCulture,
                $"organisations={counts.Organisations} municipalities={counts.Municipalities} jpps={counts.Jpps} added={counts.ProfessionalsAdded} "
                + $"updated={counts.ProfessionalsUpdated} unchanged={counts.ProfessionalsUnchanged} deactivated={counts.ProfessionalsDeactivated}"
                + $"{string.Concat(counts.Sections.Select(s => " " + s.AuditKey + "=" + s.Count.ToString(CultureInfo.InvariantCulture)))}"),
            cancellationToken).ConfigureAwait(false);
        return new ImportResult([], counts);
    }

    private async Task<ImportResult> RejectAsync(IReadOnlyList<ImportError> errors, CancellationToken cancellationToken)
    {
        DirectoryLog.Rejected(logger, errors.Count);
        await audit.RecordAsync(AuditActors.System, AuditActions.DirectoryImport, "directory", null, AuditOutcomes.Rejected,
            string.Create(CultureInfo.InvariantCulture, $"errors={errors.Count}"), cancellationToken).ConfigureAwait(false);
        return ImportResult.Failed(errors);
    }

    private async Task<StoredDirectory> LoadAsync(CancellationToken cancellationToken) => new(
        await db.Organisations.ToDictionaryAsync(o => o.Id, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false),
        await db.Municipalities.ToDictionaryAsync(m => m.Id, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false),
        await db.Jpps.ToDictionaryAsync(j => j.Id, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false),
        await db.Professionals.Include(p => p.Jpps).AsSplitQuery()
            .ToDictionaryAsync(p => p.AadObjectId, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false));

    private ImportCounts Apply(ValidatedDirectory file, StoredDirectory stored)
    {
        foreach (var organisation in file.Organisations)
        {
            if (stored.Organisations.TryGetValue(organisation.Id, out var existing))
            {
                existing.Name = organisation.Name;
                existing.Kind = organisation.Kind;
            }
            else
            {
                db.Organisations.Add(organisation);
            }
        }

        foreach (var municipality in file.Municipalities)
        {
            if (stored.Municipalities.TryGetValue(municipality.Id, out var existing))
            {
                existing.Name = municipality.Name;
            }
            else
            {
                db.Municipalities.Add(municipality);
            }
        }

        foreach (var jpp in file.Jpps)
        {
            if (stored.Jpps.TryGetValue(jpp.Id, out var existing))
            {
                existing.Name = jpp.Name;
                existing.MunicipalityId = jpp.MunicipalityId;
            }
            else
            {
                db.Jpps.Add(jpp);
            }
        }

        var (added, updated, unchanged, deactivated) = file.Professionals is null ? (0, 0, 0, 0) : ApplyProfessionals(file.Professionals, stored);
        return new ImportCounts(file.Organisations.Count, file.Municipalities.Count, file.Jpps.Count, added, updated, unchanged, deactivated);
    }

    private (int Added, int Updated, int Unchanged, int Deactivated) ApplyProfessionals(IReadOnlyList<Professional> professionals, StoredDirectory stored)
    {
        var now = time.GetUtcNow().UtcDateTime;
        int added = 0, updated = 0, unchanged = 0, deactivated = 0;
        var inFile = new HashSet<string>(StringComparer.Ordinal);
        foreach (var professional in professionals)
        {
            inFile.Add(professional.AadObjectId);
            if (!stored.Professionals.TryGetValue(professional.AadObjectId, out var existing))
            {
                professional.UpdatedAtUtc = now;
                db.Professionals.Add(professional);
                added++;
            }
            else if (Update(existing, professional))
            {
                existing.UpdatedAtUtc = now;
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        foreach (var existing in stored.Professionals.Values.Where(p => p.Active && !inFile.Contains(p.AadObjectId)))
        {
            existing.Active = false;
            existing.UpdatedAtUtc = now;
            deactivated++;
        }

        return (added, updated, unchanged, deactivated);
    }

    /// <summary>Copies the file's values onto the stored professional; true when anything changed.</summary>
    private static bool Update(Professional existing, Professional incoming)
    {
        var changed = !string.Equals(existing.DisplayName, incoming.DisplayName, StringComparison.Ordinal)
            || !string.Equals(existing.Email, incoming.Email, StringComparison.Ordinal)
            || !string.Equals(existing.Phone, incoming.Phone, StringComparison.Ordinal)
            || !string.Equals(existing.OrganisationId, incoming.OrganisationId, StringComparison.Ordinal)
            || existing.Roles != incoming.Roles
            || existing.Active != incoming.Active;
        existing.DisplayName = incoming.DisplayName;
        existing.Email = incoming.Email;
        existing.Phone = incoming.Phone;
        existing.OrganisationId = incoming.OrganisationId;
        existing.Roles = incoming.Roles;
        existing.Active = incoming.Active;

        var wanted = incoming.Jpps.Select(j => j.JppId).ToHashSet(StringComparer.Ordinal);
        var removed = existing.Jpps.RemoveAll(j => !wanted.Contains(j.JppId));
        var have = existing.Jpps.Select(j => j.JppId).ToHashSet(StringComparer.Ordinal);
        var toAdd = incoming.Jpps.Where(j => !have.Contains(j.JppId)).ToList();
        existing.Jpps.AddRange(toAdd.Select(j => new ProfessionalJpp { ProfessionalId = existing.AadObjectId, JppId = j.JppId }));
        return changed || removed > 0 || toAdd.Count > 0;
    }
}
