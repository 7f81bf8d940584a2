namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>The answer of <see cref="IActionItemService.ChangeAsync"/>: a message without names (in the turn's language) and errors per input.</summary>
public sealed record ActionItemResult(ActionItemOutcome Outcome, string? Message, IReadOnlyList<DecisionFieldError> Errors)
{
    public bool Succeeded => Outcome == ActionItemOutcome.Done;

    public static ActionItemResult NotFound { get; } = new(ActionItemOutcome.NotFound, null, []);

    public static ActionItemResult NotAllowed => new(ActionItemOutcome.NotAllowed, ActionItemMessages.NotAllowed, []);

    public static ActionItemResult Stale => new(ActionItemOutcome.Stale, ActionItemMessages.Stale, []);

    public static ActionItemResult Invalid(IReadOnlyList<DecisionFieldError> errors) => new(ActionItemOutcome.Invalid, ActionItemMessages.NothingChanged, errors);

    public static ActionItemResult Done(string message) => new(ActionItemOutcome.Done, message, []);
}
