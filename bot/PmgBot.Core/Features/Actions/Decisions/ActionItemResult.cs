namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>The answer of <see cref="IActionItemService.ChangeAsync"/>: a Dutch message without names and errors per input.</summary>
public sealed record ActionItemResult(ActionItemOutcome Outcome, string? Message, IReadOnlyList<DecisionFieldError> Errors)
{
    public bool Succeeded => Outcome == ActionItemOutcome.Done;

    public static ActionItemResult NotFound { get; } = new(ActionItemOutcome.NotFound, null, []);

    public static ActionItemResult NotAllowed { get; } = new(ActionItemOutcome.NotAllowed, ActionItemMessages.NotAllowed, []);

    public static ActionItemResult Stale { get; } = new(ActionItemOutcome.Stale, ActionItemMessages.Stale, []);

    public static ActionItemResult Invalid(IReadOnlyList<DecisionFieldError> errors) => new(ActionItemOutcome.Invalid, ActionItemMessages.NothingChanged, errors);

    public static ActionItemResult Done(string message) => new(ActionItemOutcome.Done, message, []);
}
