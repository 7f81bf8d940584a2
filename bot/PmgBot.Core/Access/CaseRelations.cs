using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Register;

namespace PmgBot.Core.Access;

internal sealed class CaseRelations(PmgDbContext db, TimeProvider time) : ICaseRelations
{
    /// <summary>A reporter keeps seeing who the casusregisseur is for this long after their last report of the youth.</summary>
    public static readonly TimeSpan ReporterWindow = TimeSpan.FromDays(365);

    public async Task<YouthRelation> ToYouthAsync(ProfessionalProfile user, Youth youth, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(youth);
        var relation = ToJpp(user, youth.JppId);
        if (string.Equals(youth.CasusregisseurId, user.AadObjectId, StringComparison.Ordinal))
        {
            relation |= YouthRelation.Casusregisseur;
        }

        if (string.Equals(youth.ProcesregisseurId, user.AadObjectId, StringComparison.Ordinal))
        {
            relation |= YouthRelation.Procesregisseur;
        }

        var youthId = youth.Id;
        var jppIds = user.Jpps.Select(j => j.JppId).ToList();
        var since = time.GetUtcNow().UtcDateTime - ReporterWindow;
        var facts = await db.Youths.AsNoTracking()
            .Where(y => y.Id == youthId)
            .Select(y => new
            {
                Shared = db.YouthJppShares.Any(s => s.YouthId == youthId && jppIds.Contains(s.JppId)),
                Involved = db.YouthInvolvements.Any(i => i.YouthId == youthId && i.OrganisationId == user.OrganisationId),
                Reported = db.Reports.Any(r => r.YouthId == youthId && r.ReporterId == user.AadObjectId && r.CreatedAtUtc >= since),
            })
            .SingleOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        if (facts is null)
        {
            return relation;
        }

        if (facts.Shared)
        {
            relation |= YouthRelation.SharedJpp;
        }

        if (facts.Involved)
        {
            relation |= YouthRelation.InvolvedOrganisation;
        }

        if (facts.Reported)
        {
            relation |= YouthRelation.RecentReporter;
        }

        return relation;
    }

    public YouthRelation ToJpp(ProfessionalProfile user, string jppId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Jpps.Any(j => string.Equals(j.JppId, jppId, StringComparison.Ordinal)) ? YouthRelation.HomeJpp : YouthRelation.None;
    }

    public async Task<bool> AllowsAsync(ProfessionalProfile user, Youth youth, BotAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var relation = await ToYouthAsync(user, youth, cancellationToken).ConfigureAwait(false);
        return AccessMatrix.Allows(user.Roles, relation, action);
    }
}
