namespace PmgBot.Core.Features.Actions;

/// <summary>The action item card's inputs; their ids are the keys of <c>ActionItemFields</c>.</summary>
public sealed record ActionItemInputsData(
    DecisionInputData DoneNote,
    DecisionInputData NewDueDate,
    DecisionInputData PostponeReason,
    DecisionInputData NotPossibleReason,
    DecisionInputData NewOwner);
