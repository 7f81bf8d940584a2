using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Register;

namespace PmgBot.Core.Access;

internal sealed class CaseRelations(PmgDbContext db, TimeProvider time) : ICaseRelations
{
    /// <summary>A reporter keeps seeing who the casusregisseur is for this long after their last report of the youth.</summary>
    public static readonly TimeSpan ReporterWindow = TimeSpan.FromDays(365);

    /// <summary>The relations read from the database (shares, involvements, reports); the others follow from the record.</summary>
    private const YouthRelation StoredFacts = YouthRelation.SharedJpp | YouthRelation.InvolvedOrganisation | YouthRelation.RecentReporter;

    public async Task<YouthRelation> ToYouthAsync(ProfessionalProfile user, Youth youth, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(youth);
        var id = youth.Id;
        var stored = await db.Youths.AsNoTracking()
            .Where(y => y.Id == id)
            .Select(StoredFactsOf(user))
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        return ToYouth(user, youth, stored);
    }

    public YouthRelation ToJpp(ProfessionalProfile user, string jppId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Jpps.Any(j => string.Equals(j.JppId, jppId, StringComparison.Ordinal)) ? YouthRelation.HomeJpp : YouthRelation.None;
    }

    public Expression<Func<Youth, YouthRelation>> StoredFactsOf(ProfessionalProfile user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var jppIds = user.Jpps.Select(j => j.JppId).ToList();
        var organisationId = user.OrganisationId;
        var reporterId = user.AadObjectId;
        var since = time.GetUtcNow().UtcDateTime - ReporterWindow;

        // Three indexed EXISTS probes per youth; the captured values become parameters, so EF Core's query cache and
        // the database's prepared statements serve every user.
        return y =>
            (db.Set<YouthJppShare>().Any(s => s.YouthId == y.Id && jppIds.Contains(s.JppId)) ? YouthRelation.SharedJpp : YouthRelation.None)
            | (db.Set<YouthInvolvement>().Any(i => i.YouthId == y.Id && i.OrganisationId == organisationId) ? YouthRelation.InvolvedOrganisation : YouthRelation.None)
            | (db.Set<Report>().Any(r => r.YouthId == y.Id && r.ReporterId == reporterId && r.CreatedAtUtc >= since) ? YouthRelation.RecentReporter : YouthRelation.None);
    }

    public YouthRelation ToYouth(ProfessionalProfile user, Youth youth, YouthRelation storedFacts)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(youth);
        var relation = ToJpp(user, youth.JppId) | (storedFacts & StoredFacts);
        if (string.Equals(youth.CasusregisseurId, user.AadObjectId, StringComparison.Ordinal))
        {
            relation |= YouthRelation.Casusregisseur;
        }

        if (string.Equals(youth.ProcesregisseurId, user.AadObjectId, StringComparison.Ordinal))
        {
            relation |= YouthRelation.Procesregisseur;
        }

        return relation;
    }
}
