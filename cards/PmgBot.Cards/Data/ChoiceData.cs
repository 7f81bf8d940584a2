namespace PmgBot.Cards.Data;

/// <summary>One choice of an <c>Input.ChoiceSet</c>: the label shown and the value submitted.</summary>
public sealed record ChoiceData(string Title, string Value);
