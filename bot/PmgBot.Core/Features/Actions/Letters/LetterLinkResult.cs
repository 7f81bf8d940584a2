namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>The outcome of opening a letter link; <paramref name="LetterId"/> only when <see cref="LetterLinkCheck.Valid"/>.</summary>
public sealed record LetterLinkResult(LetterLinkCheck Check, string? LetterId);
