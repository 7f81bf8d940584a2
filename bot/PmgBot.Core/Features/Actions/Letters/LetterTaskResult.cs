namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>
/// What a letter task action did: the outcome, a message for the card (in the turn's language), the field messages of a
/// refusal, the task it concerns and, after <see cref="LetterTaskService.CreateLinkAsync"/>, the download link.
/// </summary>
public sealed record LetterTaskResult(
    LetterTaskOutcome Outcome,
    string Message,
    IReadOnlyList<LetterFieldError> Errors,
    long? TaskId = null,
    string? DownloadUrl = null)
{
    public bool Succeeded => Outcome == LetterTaskOutcome.Done;

    public static LetterTaskResult NotFound => new(LetterTaskOutcome.NotFound, LetterTexts.NotFound, []);

    public static LetterTaskResult Stale => new(LetterTaskOutcome.Stale, LetterTexts.Stale, []);

    public static LetterTaskResult Invalid(IReadOnlyList<LetterFieldError> errors) => new(LetterTaskOutcome.Invalid, LetterTexts.Invalid, errors);
}
