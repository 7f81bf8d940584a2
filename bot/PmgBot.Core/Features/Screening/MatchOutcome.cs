using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Screening;

/// <summary>What matching decided for one report (see <see cref="ReportMatchingHandler"/>).</summary>
/// <param name="State">Sure (linked), Possible (chair resolves), New (new record linked) or None (not a youth report).</param>
/// <param name="YouthId">The linked youth (Sure, New).</param>
/// <param name="YouthCode">Its code (Sure, New).</param>
/// <param name="PossibleYouthId">The best candidate of a possible match.</param>
public sealed record MatchOutcome(MatchState State, long? YouthId, string? YouthCode, long? PossibleYouthId);
