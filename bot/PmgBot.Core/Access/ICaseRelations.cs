using System.Linq.Expressions;
using PmgBot.Core.Directory;
using PmgBot.Core.Register;

namespace PmgBot.Core.Access;

/// <summary>
/// Computes, on the server, how a professional relates to a youth or to a JPP; <see cref="IAccessService"/> decides
/// with it (<see cref="AccessMatrix"/>).
/// </summary>
public interface ICaseRelations
{
    /// <summary>All relations of <paramref name="user"/> to <paramref name="youth"/> (reads shares, involvements and the user's recent reports).</summary>
    Task<YouthRelation> ToYouthAsync(ProfessionalProfile user, Youth youth, CancellationToken cancellationToken);

    /// <summary><see cref="YouthRelation.HomeJpp"/> when the user is a member of that JPP (a report's screening JPP), else none.</summary>
    YouthRelation ToJpp(ProfessionalProfile user, string jppId);

    /// <summary>
    /// The relations of <paramref name="user"/> to a youth that are stored apart from its record (a share with one of
    /// the user's JPPs, the involvement of the user's organisation, the user's report of it in the last twelve months),
    /// as a query expression: a register query puts it in its own projection
    /// (<see cref="Data.QueryComposition.With{TSource, TPart, TResult}"/>), so a lookup reads the youths and how the user
    /// relates to them in one statement, and a lookup that finds nobody runs that same statement. Evaluated by the
    /// database only, through the scope's <see cref="Data.PmgDbContext"/>: compose it into queries of that same context
    /// (EF Core refuses one query over two contexts). Combine the result with <see cref="ToYouth"/>.
    /// </summary>
    Expression<Func<Youth, YouthRelation>> StoredFactsOf(ProfessionalProfile user);

    /// <summary>
    /// All relations of <paramref name="user"/> to <paramref name="youth"/>: those of its record (home JPP,
    /// casusregisseur, procesregisseur) and <paramref name="storedFacts"/> as read through <see cref="StoredFactsOf"/>
    /// for this user (anything else in it is ignored).
    /// </summary>
    YouthRelation ToYouth(ProfessionalProfile user, Youth youth, YouthRelation storedFacts);
}
