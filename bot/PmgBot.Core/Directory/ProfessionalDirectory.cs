using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Data;
using PmgBot.Core.Text;

namespace PmgBot.Core.Directory;

internal sealed class ProfessionalDirectory(PmgDbContext db, ProfessionalProfileCache cache) : IProfessionalDirectory
{
    public async Task<ProfessionalProfile?> FindAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(aadObjectId);
        var id = DirectoryIds.NormaliseAadObjectId(aadObjectId);
        if (id.Length == 0 || !StoredText.Fits(id, null))
        {
            // An id with U+0000 was never imported (and PostgreSQL could not even compare it).
            return null;
        }

        if (cache.TryGet(id, out var cached))
        {
            return cached;
        }

        var generation = cache.Generation;
        var profiles = await LoadProfilesAsync(db.Professionals.Where(p => p.AadObjectId == id), cancellationToken).ConfigureAwait(false);
        if (profiles.Count == 0)
        {
            return null;
        }

        cache.Set(id, profiles[0], generation);
        return profiles[0];
    }

    public async Task<IReadOnlyList<ProfessionalProfile>> ListJppMembersAsync(string jppId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jppId);
        if (cache.TryGetMembers(jppId, out var cached))
        {
            return cached;
        }

        var generation = cache.Generation;
        var members = await LoadProfilesAsync(
            db.Professionals.Where(p => p.Active && p.Jpps.Any(j => j.JppId == jppId)),
            cancellationToken).ConfigureAwait(false);
        cache.SetMembers(jppId, members, generation);
        return members;
    }

    public async Task<string?> FindJppNameAsync(string jppId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jppId);
        var places = await PlacesAsync(cancellationToken).ConfigureAwait(false);
        return places.JppNames.GetValueOrDefault(jppId);
    }

    public async Task<IReadOnlyList<MunicipalityOption>> ListMunicipalitiesAsync(CancellationToken cancellationToken) =>
        (await PlacesAsync(cancellationToken).ConfigureAwait(false)).Municipalities;

    /// <summary>A region has tens of JPPs and municipalities: all of them in two reads, kept with the profiles.</summary>
    private async Task<DirectoryPlaces> PlacesAsync(CancellationToken cancellationToken)
    {
        if (cache.TryGetPlaces(out var cached))
        {
            return cached;
        }

        var generation = cache.Generation;
        var jpps = await db.Jpps.AsNoTracking()
            .OrderBy(j => j.Id)
            .Select(j => new { j.Id, j.Name, j.MunicipalityId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var municipalities = await db.Municipalities.AsNoTracking()
            .Select(m => new { m.Id, m.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var places = new DirectoryPlaces(
            jpps.ToDictionary(j => j.Id, j => j.Name, StringComparer.Ordinal),
            [
                .. municipalities
                    .Select(m => new MunicipalityOption(m.Id, m.Name, jpps.FirstOrDefault(j => j.MunicipalityId == m.Id)?.Id))
                    .OrderBy(m => m.Name, StringComparer.CurrentCulture)
                    .ThenBy(m => m.Id, StringComparer.Ordinal),
            ]);
        cache.SetPlaces(places, generation);
        return places;
    }

    public async Task<DirectoryOverview> GetOverviewAsync(CancellationToken cancellationToken)
    {
        var active = await db.Professionals.CountAsync(p => p.Active, cancellationToken).ConfigureAwait(false);
        var inactive = await db.Professionals.CountAsync(p => !p.Active, cancellationToken).ConfigureAwait(false);

        var perOrganisation = await db.Organisations
            .Select(o => new OrganisationCount(o.Id, o.Name, db.Set<Professional>().Count(p => p.Active && p.OrganisationId == o.Id)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var perJpp = await db.Jpps
            .Select(j => new JppCount(j.Id, j.Name, db.Set<ProfessionalJpp>().Count(m => m.JppId == j.Id
                && db.Set<Professional>().Any(p => p.AadObjectId == m.ProfessionalId && p.Active))))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        return new DirectoryOverview(
            active,
            inactive,
            [.. perOrganisation.OrderBy(o => o.OrganisationName, StringComparer.CurrentCulture)],
            [.. perJpp.OrderBy(j => j.JppName, StringComparer.CurrentCulture)]);
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken) =>
        !await db.Professionals.AnyAsync(cancellationToken).ConfigureAwait(false);

    private async Task<IReadOnlyList<ProfessionalProfile>> LoadProfilesAsync(IQueryable<Professional> query, CancellationToken cancellationToken)
    {
        var rows = await query
            .AsNoTracking()
            .Include(p => p.Jpps)
            .Join(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => new { Professional = p, OrganisationName = o.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return [];
        }

        var jppIds = rows.SelectMany(r => r.Professional.Jpps.Select(j => j.JppId)).Distinct().ToList();
        var jpps = await db.Jpps
            .AsNoTracking()
            .Where(j => jppIds.Contains(j.Id))
            .Join(db.Municipalities, j => j.MunicipalityId, m => m.Id, (j, m) => new JppMembership(j.Id, j.Name, m.Id, m.Name))
            .ToDictionaryAsync(j => j.JppId, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);

        return
        [
            .. rows
                .Select(r => new ProfessionalProfile(
                    r.Professional.AadObjectId,
                    r.Professional.DisplayName,
                    r.Professional.Email,
                    r.Professional.Phone,
                    r.Professional.OrganisationId,
                    r.OrganisationName,
                    r.Professional.Roles,
                    r.Professional.Active,
                    [.. r.Professional.Jpps.Select(j => jpps[j.JppId]).OrderBy(j => j.JppName, StringComparer.CurrentCulture)]))
                .OrderBy(p => p.DisplayName, StringComparer.CurrentCulture),
        ];
    }
}
