using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Register;

namespace PmgBot.Core.Access;

internal sealed class CaseRelations(PmgDbContext db, TimeProvider time) : ICaseRelations
{
    /// <summary>A reporter keeps seeing who the casusregisseur is for this long after their last report of the youth.</summary>
    public static readonly TimeSpan ReporterWindow = TimeSpan.FromDays(365);

    /// <summary>No youth has this id (ids start at 1): the query for "no youths" asks for it, so it has the same shape.</summary>
    private const long NoYouthId = 0;

    /// <summary>The relations read from the database (shares, involvements, reports); the others follow from the record.</summary>
    private const YouthRelation StoredFacts = YouthRelation.SharedJpp | YouthRelation.InvolvedOrganisation | YouthRelation.RecentReporter;

    private const int SharedFact = 1;
    private const int InvolvedFact = 2;
    private const int ReportedFact = 3;

    public async Task<YouthRelation> ToYouthAsync(ProfessionalProfile user, Youth youth, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(youth);
        var relations = await ToYouthsAsync(user, [youth], cancellationToken).ConfigureAwait(false);
        return relations[youth.Id];
    }

    public async Task<IReadOnlyDictionary<long, YouthRelation>> ToYouthsAsync(
        ProfessionalProfile user, IReadOnlyList<Youth> youths, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(youths);
        return await WithStoredFactsAsync(user, youths, DirectRelations(user, youths), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<long, YouthRelation>> ToYouthsAsync(
        ProfessionalProfile user, IReadOnlyList<Youth> youths, IReadOnlyCollection<BotAction> decisions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(youths);
        ArgumentNullException.ThrowIfNull(decisions);
        var direct = DirectRelations(user, youths);
        return direct.Count > 0 && direct.Values.All(relation => FactsCannotChange(user.Roles, relation, decisions))
            ? direct
            : await WithStoredFactsAsync(user, youths, direct, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// True when adding every stored fact to <paramref name="direct"/> changes none of the decisions. The matrix allows
    /// when any relation of a row matches, so more relations never take a permission away: the two ends decide for
    /// every set of facts in between.
    /// </summary>
    internal static bool FactsCannotChange(Roles roles, YouthRelation direct, IEnumerable<BotAction> decisions) =>
        decisions.All(action => AccessMatrix.Allows(roles, direct, action) == AccessMatrix.Allows(roles, direct | StoredFacts, action));

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

    /// <summary>
    /// Adds the stored facts (shares, involvements, the user's recent reports) to <paramref name="relations"/>, in one
    /// round trip; for no youths the same query asks for a youth id that does not exist.
    /// </summary>
    private async Task<Dictionary<long, YouthRelation>> WithStoredFactsAsync(
        ProfessionalProfile user, IReadOnlyList<Youth> youths, Dictionary<long, YouthRelation> relations, CancellationToken cancellationToken)
    {
        var youthIds = youths.Count == 0 ? [NoYouthId] : youths.Select(y => y.Id).Distinct().ToList();
        var jppIds = user.Jpps.Select(j => j.JppId).ToList();
        var organisationId = user.OrganisationId;
        var reporterId = user.AadObjectId;
        var since = time.GetUtcNow().UtcDateTime - ReporterWindow;

        // One round trip: the facts from shares, involvements and the user's recent reports, as (youth, kind) rows.
        var facts = await db.YouthJppShares.AsNoTracking()
            .Where(s => youthIds.Contains(s.YouthId) && jppIds.Contains(s.JppId))
            .Select(s => new { s.YouthId, Kind = SharedFact })
            .Concat(db.YouthInvolvements.AsNoTracking()
                .Where(i => youthIds.Contains(i.YouthId) && i.OrganisationId == organisationId)
                .Select(i => new { i.YouthId, Kind = InvolvedFact }))
            .Concat(db.Reports.AsNoTracking()
                .Where(r => r.YouthId != null && youthIds.Contains(r.YouthId.Value) && r.ReporterId == reporterId && r.CreatedAtUtc >= since)
                .Select(r => new { YouthId = r.YouthId!.Value, Kind = ReportedFact }))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

        foreach (var fact in facts)
        {
            if (relations.TryGetValue(fact.YouthId, out var relation))
            {
                relations[fact.YouthId] = relation | fact.Kind switch
                {
                    SharedFact => YouthRelation.SharedJpp,
                    InvolvedFact => YouthRelation.InvolvedOrganisation,
                    _ => YouthRelation.RecentReporter,
                };
            }
        }

        return relations;
    }

    /// <summary>Each youth's relation from its record alone (<see cref="Direct"/>).</summary>
    private Dictionary<long, YouthRelation> DirectRelations(ProfessionalProfile user, IReadOnlyList<Youth> youths)
    {
        var relations = new Dictionary<long, YouthRelation>();
        foreach (var youth in youths)
        {
            relations[youth.Id] = Direct(user, youth);
        }

        return relations;
    }

    /// <summary>The relations that follow from the youth record itself: home JPP, casusregisseur, procesregisseur.</summary>
    private YouthRelation Direct(ProfessionalProfile user, Youth youth)
    {
        var relation = ToJpp(user, youth.JppId);
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
