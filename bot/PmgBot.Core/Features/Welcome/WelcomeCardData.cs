namespace PmgBot.Core.Features.Welcome;

/// <summary>Data for <c>welcome</c>. <paramref name="DisplayName"/> null gives the greeting without a name ("Welkom bij PmgBot!").</summary>
public sealed record WelcomeCardData(string? DisplayName = null);
