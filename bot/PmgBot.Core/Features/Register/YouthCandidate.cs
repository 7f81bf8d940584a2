using PmgBot.Core.Access;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Register;

/// <summary>
/// A youth the register found for a lookup, with the start (UTC) of the next JPP meeting a report of it is on the agenda
/// of (null when none) and the relation facts the caller asked for (<see cref="ICaseRelations.StoredFactsOf"/>), all
/// read in the same query. Register data and facts, without an access decision, like <see cref="IYouthRegister"/>.
/// </summary>
public sealed record YouthCandidate(Youth Youth, DateTime? NextJppMeetingUtc, YouthRelation RelationFacts);
