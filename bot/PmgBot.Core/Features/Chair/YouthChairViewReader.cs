using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Access;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Chair;

/// <summary>Reads the chair card's view of one youth (after the caller's access check) and the eligible choices.</summary>
internal sealed class YouthChairViewReader(PmgDbContext db, IProfessionalDirectory directory, IAccessService access)
{
    private static readonly StringComparer ByName = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true);

    public async Task<YouthChairView> ReadAsync(Youth youth, CancellationToken cancellationToken)
    {
        var youthId = youth.Id;
        var jppName = await directory.FindJppNameAsync(youth.JppId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The youth's JPP is not in the directory.");
        var involved = await db.YouthInvolvements.AsNoTracking().Where(i => i.YouthId == youthId)
            .Join(db.Organisations, i => i.OrganisationId, o => o.Id, (i, o) => new YouthOption(o.Id, o.Name))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var shares = await db.YouthJppShares.AsNoTracking().Where(s => s.YouthId == youthId)
            .Join(db.Jpps, s => s.JppId, j => j.Id, (s, j) => new { Share = s, JppName = j.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var history = await db.YouthLevelChanges.AsNoTracking().Where(c => c.YouthId == youthId)
            .OrderByDescending(c => c.ChangedAtUtc).ThenByDescending(c => c.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var mentioned = history.Select(h => h.ChangedById).Concat(shares.Select(s => s.Share.DecidedById))
            .Append(youth.CasusregisseurId).Append(youth.ProcesregisseurId)
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var people = (await PeopleAsync(db.Professionals.Where(p => mentioned.Contains(p.AadObjectId)), cancellationToken).ConfigureAwait(false))
            .ToDictionary(p => p.Person.AadObjectId, p => p.Person, StringComparer.Ordinal);

        var involvedIds = involved.Select(o => o.Id).ToList();
        var casusregisseurs = (await PeopleAsync(db.Professionals.Where(p => p.Active && involvedIds.Contains(p.OrganisationId)), cancellationToken).ConfigureAwait(false))
            .Where(p => YouthRecordRules.MayBeCasusregisseur(access, p.Roles)).Select(p => p.Person);
        var jppId = youth.JppId;
        var procesregisseurs = (await PeopleAsync(db.Professionals.Where(p => p.Active && p.Jpps.Any(j => j.JppId == jppId)), cancellationToken).ConfigureAwait(false))
            .Where(p => YouthRecordRules.MayBeProcesregisseur(p.Roles)).Select(p => p.Person);
        var addable = await db.Organisations.AsNoTracking().Where(o => !involvedIds.Contains(o.Id))
            .Select(o => new YouthOption(o.Id, o.Name)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var sharedIds = shares.Select(s => s.Share.JppId).ToList();
        var shareable = await db.Jpps.AsNoTracking().Where(j => j.Id != jppId && !sharedIds.Contains(j.Id))
            .Select(j => new YouthOption(j.Id, j.Name)).ToListAsync(cancellationToken).ConfigureAwait(false);

        return new YouthChairView(
            youth.Code,
            youth.Version,
            youth.FirstName,
            youth.Tussenvoegsel,
            youth.LastName,
            youth.DateOfBirth,
            youth.JppId,
            jppName,
            youth.Level,
            youth.LevelSinceUtc,
            PersonOrNull(people, youth.CasusregisseurId),
            PersonOrNull(people, youth.ProcesregisseurId),
            [.. involved.OrderBy(o => o.Name, ByName)],
            [.. shares.OrderBy(s => s.Share.DecidedAtUtc).Select(s => new YouthShareEntry(
                s.Share.JppId, s.JppName, NameOf(people, s.Share.DecidedById), s.Share.DecidedAtUtc, s.Share.Reason))],
            [.. history.Select(h => new YouthLevelHistoryEntry(h.FromLevel, h.ToLevel, NameOf(people, h.ChangedById), h.ChangedAtUtc, h.Reason))],
            [.. casusregisseurs.OrderBy(p => p.DisplayName, ByName)],
            [.. procesregisseurs.OrderBy(p => p.DisplayName, ByName)],
            [.. addable.OrderBy(o => o.Name, ByName)],
            [.. shareable.OrderBy(j => j.Name, ByName)]);
    }

    private async Task<List<(YouthPerson Person, Roles Roles)>> PeopleAsync(IQueryable<Professional> query, CancellationToken cancellationToken)
    {
        var rows = await query.AsNoTracking()
            .Join(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => new { p.AadObjectId, p.DisplayName, p.Roles, OrganisationName = o.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => (new YouthPerson(r.AadObjectId, r.DisplayName, r.OrganisationName), r.Roles))];
    }

    private static YouthPerson? PersonOrNull(Dictionary<string, YouthPerson> people, string? id) =>
        id is null ? null : people.TryGetValue(id, out var person) ? person : new YouthPerson(id, id, "");

    /// <summary>A professional removed from the directory is shown by id: the history must still say who acted.</summary>
    private static string NameOf(Dictionary<string, YouthPerson> people, string id) =>
        people.TryGetValue(id, out var person) ? person.DisplayName : id;
}
