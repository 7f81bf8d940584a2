namespace PmgBot.Core.Features.Actions;

/// <summary>The decision card's inputs besides the action items; their ids are the keys of <c>DecisionFields</c>.</summary>
public sealed record DecisionInputsData(
    DecisionInputData Decision,
    DecisionInputData Level,
    DecisionInputData Reason,
    DecisionInputData Procesregisseur,
    DecisionInputData ReferralTarget,
    DecisionInputData Casusregisseur,
    DecisionInputData Interventions,
    DecisionInputData InterventionsNote,
    DecisionInputData NextReview);
