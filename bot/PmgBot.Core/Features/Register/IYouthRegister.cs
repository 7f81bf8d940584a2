using System.Linq.Expressions;
using PmgBot.Core.Access;
using PmgBot.Core.Features.Register.Matching;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Register;

/// <summary>
/// Read queries on the youth register for the lookup, the youth card and "mijn casussen". Returns register data
/// without any access decision: callers filter every youth through <see cref="Access.ICaseRelations"/> and
/// <see cref="Access.AccessMatrix"/> before they show anything. The lookups take the caller's relation facts
/// (<see cref="ICaseRelations.StoredFactsOf"/>) and read them in the same statement as the youths, so finding youths the
/// user may not see and finding none cost one statement each.
/// </summary>
public interface IYouthRegister
{
    /// <summary>The youth with this code (e.g. <c>PMG-J-0017</c>, case and surrounding spaces ignored); null when unknown or not a code.</summary>
    Task<YouthCandidate?> FindByCodeAsync(string? code, Expression<Func<Youth, YouthRelation>> relationFacts, CancellationToken cancellationToken);

    /// <summary>
    /// Candidate youths for a typed name and optional date of birth, best first, at most <see cref="YouthSearch.MaxCandidates"/>.
    /// Without a date of birth: the same normalised first name and surname (<see cref="DutchNameNormalizer"/>).
    /// With one: every youth the <see cref="YouthMatcher"/> finds Sure or Possible (same date, or a likely typo in it).
    /// Each with its next JPP meeting and <paramref name="relationFacts"/>, read in the same query, so deciding and
    /// showing a card needs no further read of the register.
    /// </summary>
    Task<IReadOnlyList<YouthCandidate>> SearchAsync(
        PersonName name, DateOnly? dateOfBirth, Expression<Func<Youth, YouthRelation>> relationFacts, CancellationToken cancellationToken);

    /// <summary>What the youth card shows beyond the record: JPP name, casusregisseur and procesregisseur from the directory (cached), the next JPP date of the candidate.</summary>
    Task<YouthCardInfo> GetCardInfoAsync(YouthCandidate candidate, CancellationToken cancellationToken);

    /// <summary>The casusregisseur's contact only (for the contact-only answer); null when none is appointed or known.</summary>
    Task<ProfessionalContact?> GetCasusregisseurAsync(Youth youth, CancellationToken cancellationToken);

    /// <summary>The youths <paramref name="casusregisseurId"/> is casusregisseur of, by code, with level and the date of the last report.</summary>
    Task<IReadOnlyList<OwnCase>> ListOwnCasesAsync(string casusregisseurId, CancellationToken cancellationToken);
}
