namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>A message (in the turn's language) about one input of the letter task card (<see cref="LetterTaskFields"/>).</summary>
public sealed record LetterFieldError(string Field, string Message);
