namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>The answer of <see cref="IDecisionService.RecordAsync"/>: a message without names (in the turn's language), errors per field, and what was stored.</summary>
public sealed record DecisionResult(
    DecisionOutcome Outcome,
    string? Message,
    IReadOnlyList<DecisionFieldError> Errors,
    long? DecisionId = null,
    IReadOnlyList<long>? ItemIds = null)
{
    public bool Succeeded => Outcome == DecisionOutcome.Done;

    public static DecisionResult NotFound { get; } = new(DecisionOutcome.NotFound, null, []);

    public static DecisionResult Stale => new(DecisionOutcome.Stale, DecisionMessages.Stale, []);

    public static DecisionResult AlreadyRecorded => new(DecisionOutcome.AlreadyRecorded, DecisionMessages.AlreadyRecorded, []);

    public static DecisionResult Invalid(IReadOnlyList<DecisionFieldError> errors) => new(DecisionOutcome.Invalid, DecisionMessages.NothingStored, errors);

    public static DecisionResult Done(long decisionId, IReadOnlyList<long> itemIds) =>
        new(DecisionOutcome.Done, DecisionMessages.Recorded(itemIds.Count), [], decisionId, itemIds);
}
