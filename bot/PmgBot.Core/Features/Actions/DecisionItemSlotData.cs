namespace PmgBot.Core.Features.Actions;

/// <summary>
/// One action item row of the decision card; <paramref name="Number"/> (1-based) makes its input ids (<c>item1Owner</c>,
/// …). What to do is a quick pick (<paramref name="WhatPick"/>) or free text (<paramref name="What"/>, which wins).
/// </summary>
public sealed record DecisionItemSlotData(
    int Number,
    DecisionInputData Owner,
    DecisionInputData WhatPick,
    DecisionInputData What,
    DecisionInputData Due,
    DecisionInputData DueDate);
