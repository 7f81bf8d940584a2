namespace PmgBot.Core.Register.Lookup;

/// <summary>
/// A youth the register found for a lookup, with the start (UTC) of the next JPP meeting a report of it is on the agenda
/// of, read in the same query (null when none). Register data without an access decision, like <see cref="IYouthRegister"/>.
/// </summary>
public sealed record YouthCandidate(Youth Youth, DateTime? NextJppMeetingUtc);
