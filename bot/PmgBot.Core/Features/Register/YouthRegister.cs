using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Access;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Register.Matching;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Register;

internal sealed class YouthRegister(PmgDbContext db, IProfessionalDirectory directory, TimeProvider time) : IYouthRegister
{
    public async Task<YouthCandidate?> FindByCodeAsync(string? code, Expression<Func<Youth, YouthRelation>> relationFacts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(relationFacts);
        var normalised = NormaliseCode(code);
        return normalised is null
            ? null
            : await AsCandidates(db.Youths.AsNoTracking().Where(y => y.Code == normalised), relationFacts)
                .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<YouthCandidate>> SearchAsync(
        PersonName name, DateOnly? dateOfBirth, Expression<Func<Youth, YouthRelation>> relationFacts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(relationFacts);
        var wanted = DutchNameNormalizer.Normalize(name);
        var last = wanted.Last;
        var first = wanted.First;
        if (dateOfBirth is not { } dob)
        {
            return await AsCandidates(
                    db.Youths.AsNoTracking()
                        .Where(y => y.NormalizedLastName == last && y.NormalizedFirstName == first)
                        .OrderBy(y => y.DateOfBirth).ThenBy(y => y.Id)
                        .Take(YouthSearch.MaxCandidates),
                    relationFacts)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        // Same name (a typo in the date is judged by the matcher) or same date of birth (a typo in the name).
        var candidates = await AsCandidates(
                db.Youths.AsNoTracking()
                    .Where(y => (y.NormalizedLastName == last && y.NormalizedFirstName == first) || y.DateOfBirth == dob)
                    .OrderBy(y => y.Id)
                    .Take(YouthSearch.MaxCandidates * 10),
                relationFacts)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return
        [
            .. candidates
                .Select(c => (Candidate: c, Kind: YouthMatcher.Compare(wanted, dob, new NormalizedName(c.Youth.NormalizedFirstName, c.Youth.NormalizedLastName, ""), c.Youth.DateOfBirth)))
                .Where(c => c.Kind != MatchKind.None)
                .OrderByDescending(c => c.Kind == MatchKind.Sure)
                .ThenBy(c => c.Candidate.Youth.Id)
                .Take(YouthSearch.MaxCandidates)
                .Select(c => c.Candidate),
        ];
    }

    public async Task<YouthCardInfo> GetCardInfoAsync(YouthCandidate candidate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var youth = candidate.Youth;
        var jppName = await directory.FindJppNameAsync(youth.JppId, cancellationToken).ConfigureAwait(false);
        var casusregisseur = await GetCasusregisseurAsync(youth, cancellationToken).ConfigureAwait(false);
        var procesregisseur = await ContactAsync(youth.ProcesregisseurId, cancellationToken).ConfigureAwait(false);
        return new YouthCardInfo(
            youth.Id,
            youth.Code,
            youth.FirstName,
            youth.Tussenvoegsel,
            youth.LastName,
            youth.DateOfBirth,
            youth.JppId,
            jppName ?? youth.JppId,
            youth.Level,
            youth.LevelSinceUtc,
            casusregisseur,
            procesregisseur,
            candidate.NextJppMeetingUtc);
    }

    public Task<ProfessionalContact?> GetCasusregisseurAsync(Youth youth, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(youth);
        return ContactAsync(youth.CasusregisseurId, cancellationToken);
    }

    public async Task<IReadOnlyList<OwnCase>> ListOwnCasesAsync(string casusregisseurId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(casusregisseurId);
        var id = DirectoryIds.NormaliseAadObjectId(casusregisseurId);
        var rows = await db.Youths.AsNoTracking()
            .Where(y => y.CasusregisseurId == id)
            .Select(y => new OwnCase(
                y.Code,
                y.FirstName,
                y.Tussenvoegsel,
                y.LastName,
                y.Level,
                db.Set<Report>().Where(r => r.YouthId == y.Id).Max(r => (DateTime?)r.CreatedAtUtc)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.OrderBy(c => c.Level == YouthLevel.Afgesloten).ThenBy(c => c.Code, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The youths with the start of the next meeting (after now) that one of their reports is on the agenda of and the
    /// caller's relation facts, as subqueries of the same statement: deciding and showing the card need no round trip
    /// of their own.
    /// </summary>
    private IQueryable<YouthCandidate> AsCandidates(IQueryable<Youth> youths, Expression<Func<Youth, YouthRelation>> relationFacts)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return youths.Select(QueryComposition.With<Youth, YouthRelation, YouthCandidate>(
            relationFacts,
            (y, facts) => new YouthCandidate(
                y,
                db.Set<Report>()
                    .Where(r => r.YouthId == y.Id && r.AgendaMeetingId != null)
                    .Join(db.Set<JppMeeting>(), r => r.AgendaMeetingId, m => m.Id, (r, m) => m.StartsAtUtc)
                    .Where(startsAt => startsAt > now)
                    .Min(startsAt => (DateTime?)startsAt),
                facts)));
    }

    /// <summary>Codes are stored upper case (PMG-J-0017); anything longer than a code or without its prefix is not one.</summary>
    internal static string? NormaliseCode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var trimmed = code.Trim().ToUpperInvariant();
        return trimmed.Length <= 32 && trimmed.StartsWith("PMG-J-", StringComparison.Ordinal) ? trimmed : null;
    }

    private async Task<ProfessionalContact?> ContactAsync(string? aadObjectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(aadObjectId))
        {
            return null;
        }

        var profile = await directory.FindAsync(aadObjectId, cancellationToken).ConfigureAwait(false);
        return profile is null
            ? null
            : new ProfessionalContact(profile.AadObjectId, profile.DisplayName, profile.OrganisationName, profile.Email, profile.Phone, profile.Active);
    }
}
