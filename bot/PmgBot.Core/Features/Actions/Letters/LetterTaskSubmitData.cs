namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>
/// The data of the letter task card's verbs, untrusted, read with <c>CardSubmitData.Read</c>: the task, the version the
/// card showed (a missing version never matches), the youth code (complimentbrief) and the inputs (<see cref="LetterTaskFields"/>).
/// </summary>
public sealed record LetterTaskSubmitData(
    int? TaskId = null,
    int? Version = null,
    string? Code = null,
    string? Addressee = null,
    string? SentOn = null,
    string? NotSentReason = null);
