namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>An open letter task in the casusregisseur's list: codes only.</summary>
public sealed record LetterTaskRow(long Id, LetterKind Kind, string Code);
