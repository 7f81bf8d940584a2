namespace PmgBot.Core.Features.Register;

/// <summary>Data for <c>youth-choices</c>: several youths match the search (at most five, only those the user may see).</summary>
public sealed record YouthChoicesCardData(IReadOnlyList<YouthChoiceData> Choices);
