namespace PmgBot.Core.Features.Chair;

/// <summary>One choice of a ChoiceSet on the chair card: <paramref name="Title"/> shown, <paramref name="Value"/> submitted (an id).</summary>
public sealed record ChairChoiceData(string Title, string Value);
