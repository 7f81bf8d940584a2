using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>A checked decision, ready to store: the values as they go into the rows.</summary>
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
    IReadOnlyList<PlannedItem> Items);
