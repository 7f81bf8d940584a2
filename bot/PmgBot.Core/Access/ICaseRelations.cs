using PmgBot.Core.Directory;
using PmgBot.Core.Register;

namespace PmgBot.Core.Access;

/// <summary>Computes, on the server, how a professional relates to a youth or to a JPP (for <see cref="AccessMatrix"/>).</summary>
public interface ICaseRelations
{
    /// <summary>All relations of <paramref name="user"/> to <paramref name="youth"/> (reads shares, involvements and the user's recent reports).</summary>
    Task<YouthRelation> ToYouthAsync(ProfessionalProfile user, Youth youth, CancellationToken cancellationToken);

    /// <summary><see cref="YouthRelation.HomeJpp"/> when the user is a member of that JPP (a report's screening JPP), else none.</summary>
    YouthRelation ToJpp(ProfessionalProfile user, string jppId);

    /// <summary>Shortcut: <see cref="ToYouthAsync"/> then <see cref="AccessMatrix.Allows(Roles, YouthRelation, BotAction)"/>.</summary>
    Task<bool> AllowsAsync(ProfessionalProfile user, Youth youth, BotAction action, CancellationToken cancellationToken);

    /// <summary>
    /// The relations of <paramref name="user"/> to each of <paramref name="youths"/> (keyed by youth id) in one database
    /// round trip, whatever the number of youths, also none: a lookup that finds nothing runs the same query as one
    /// that finds youths the user may not see, so the answer takes the same time.
    /// </summary>
    Task<IReadOnlyDictionary<long, YouthRelation>> ToYouthsAsync(ProfessionalProfile user, IReadOnlyList<Youth> youths, CancellationToken cancellationToken);

    /// <summary>
    /// The relations of <paramref name="user"/> to each of <paramref name="youths"/> as far as they decide
    /// <paramref name="decisions"/>: when the youth records alone (home JPP, casusregisseur, procesregisseur) already
    /// decide each of these actions for every youth, so that no share, involvement or recent report could change one,
    /// the stored facts are not read (the answer is the same, one round trip sooner; only a user who may see the youths
    /// gets it sooner). Otherwise, and always for no youths, as <see cref="ToYouthsAsync(ProfessionalProfile, IReadOnlyList{Youth}, CancellationToken)"/>:
    /// "none found" and "not for you" still run the same query.
    /// </summary>
    Task<IReadOnlyDictionary<long, YouthRelation>> ToYouthsAsync(
        ProfessionalProfile user, IReadOnlyList<Youth> youths, IReadOnlyCollection<BotAction> decisions, CancellationToken cancellationToken);
}
