namespace PmgBot.Core.Features.Actions;

/// <summary>One action item row of the decision card; <paramref name="Number"/> (1-based) makes its input ids (<c>item1Owner</c>, …).</summary>
public sealed record DecisionItemSlotData(
    int Number,
    DecisionInputData Owner,
    DecisionInputData What,
    DecisionInputData Due,
    DecisionInputData DueDate);
