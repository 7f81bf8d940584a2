namespace PmgBot.Cards.Data;

/// <summary>Data for <c>no-access</c>. <paramref name="SupportContact"/> (optional) is a Dutch phrase naming who to contact.</summary>
public sealed record NoAccessCardData(string? SupportContact = null);
