namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>One input of the letter task card: the value shown (kept after a refusal) and its message, if any.</summary>
public sealed record LetterInputData(string Value, string? Error = null);
