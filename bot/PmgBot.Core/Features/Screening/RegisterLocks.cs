using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Data;

namespace PmgBot.Core.Features.Screening;

/// <summary>
/// Serialises matching of reports that could be about the same youth, so two reports of one new youth at once make one
/// record. Must be called inside a transaction. PostgreSQL: transaction-scoped advisory locks on the date of birth and on
/// the normalised name (every candidate of <see cref="Matching.YouthMatcher"/> shares one of the two), taken in key order
/// so two matchers never deadlock; the second waits until the first commits and then, at READ COMMITTED, sees its
/// record. SQLite: nothing to do, the transaction began with <c>BEGIN IMMEDIATE</c> and holds the one write lock.
/// </summary>
internal static class RegisterLocks
{
    public static async Task LockCandidatesAsync(PmgDbContext db, DateOnly dateOfBirth, string normalizedFirst, string normalizedLast, CancellationToken cancellationToken)
    {
        if (db is not PostgresPmgDbContext)
        {
            return;
        }

        var keys = new[]
        {
            AdvisoryLockKey.For("youth-dob:" + dateOfBirth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            AdvisoryLockKey.For("youth-name:" + normalizedLast + "|" + normalizedFirst),
        }.Distinct().Order();
        foreach (var key in keys)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken).ConfigureAwait(false);
        }
    }
}
