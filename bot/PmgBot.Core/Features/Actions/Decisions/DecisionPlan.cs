using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>
/// A checked decision, ready to store: the values as they go into the rows. <paramref name="ReviewUntouched"/>: the review
/// date is the card's proposal as it was prefilled (computed for the youth's current level).
/// </summary>
internal sealed record DecisionPlan(
    DecisionKind Kind,
    YouthLevel ToLevel,
    string? Reason,
    ReferralTarget? Referral,
    string? CasusregisseurId,
    string? ProcesregisseurId,
    IReadOnlyList<string> Interventions,
    string? InterventionsNote,
    DateOnly? NextReview,
    IReadOnlyList<PlannedItem> Items,
    bool ReviewUntouched = false);
