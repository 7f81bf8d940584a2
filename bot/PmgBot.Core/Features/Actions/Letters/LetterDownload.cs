namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>The answer to one fetch of a draft link: the draft when <see cref="LetterDownloadOutcome.Ok"/>, else only the outcome (and template messages).</summary>
public sealed record LetterDownload(LetterDownloadOutcome Outcome, LetterDraft? Draft = null, IReadOnlyList<string>? Messages = null);
