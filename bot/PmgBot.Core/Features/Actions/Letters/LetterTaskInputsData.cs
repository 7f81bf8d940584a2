namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>The inputs of the letter task card by their ids (<see cref="LetterTaskFields"/>).</summary>
public sealed record LetterTaskInputsData(LetterInputData Addressee, LetterInputData SentOn, LetterInputData NotSentReason);
