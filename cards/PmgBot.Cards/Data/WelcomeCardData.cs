namespace PmgBot.Cards.Data;

/// <summary>Data for <c>welcome</c>. <paramref name="DisplayName"/> null gives the neutral greeting "Welkom!".</summary>
public sealed record WelcomeCardData(string? DisplayName = null);
