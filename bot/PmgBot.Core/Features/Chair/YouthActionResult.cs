namespace PmgBot.Core.Features.Chair;

/// <summary>
/// The answer of an <see cref="IYouthRecordService"/> action. <paramref name="Message"/> is in the turn's language and free of youth
/// names (a confirmation, or why nothing was stored); <paramref name="Errors"/> are per input field.
/// </summary>
public sealed record YouthActionResult(YouthActionOutcome Outcome, string? Message, IReadOnlyList<YouthFieldError> Errors)
{
    public bool Succeeded => Outcome == YouthActionOutcome.Done;

    public static YouthActionResult Done(string message) => new(YouthActionOutcome.Done, message, []);

    public static YouthActionResult NotFound { get; } = new(YouthActionOutcome.NotFound, null, []);

    public static YouthActionResult Stale => new(YouthActionOutcome.Stale, YouthRecordMessages.Stale, []);

    public static YouthActionResult Invalid(IReadOnlyList<YouthFieldError> errors) => new(YouthActionOutcome.Invalid, YouthRecordMessages.NothingStored, errors);
}
