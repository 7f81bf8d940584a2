namespace PmgBot.Cards.Data;

/// <summary>Data for <c>error</c>. <paramref name="CorrelationId"/> is shown so the user can quote it to the beheerder.</summary>
public sealed record ErrorCardData(string CorrelationId);
