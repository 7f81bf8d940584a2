namespace PmgBot.Core.Features.Welcome;

/// <summary>
/// Data for <c>privacy</c>. All three are Dutch phrases from configuration, e.g.
/// ContactPoint "de privacyfunctionaris van het Zorg- en Veiligheidshuis (privacy@zvh.example)",
/// CaseRetention "tot twee jaar na het afsluiten van de casus", AuditRetention "vijf jaar".
/// </summary>
public sealed record PrivacyCardData(string ContactPoint, string CaseRetention, string AuditRetention);
