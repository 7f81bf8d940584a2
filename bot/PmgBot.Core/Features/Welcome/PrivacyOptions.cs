using System.ComponentModel.DataAnnotations;

namespace PmgBot.Core.Features.Welcome;

/// <summary>Settings section <c>Privacy</c>: the phrases of the privacy card, from the local covenant / DPIA.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    [Required(AllowEmptyStrings = false)]
    public string ContactPoint { get; set; } = "het privacyloket van het Zorg- en Veiligheidshuis";

    [Required(AllowEmptyStrings = false)]
    public string CaseRetention { get; set; } = "tot twee jaar na het afsluiten van de casus";

    [Required(AllowEmptyStrings = false)]
    public string AuditRetention { get; set; } = "vijf jaar";

    /// <summary>Who an unknown user should ask for access (shown on the refusal card).</summary>
    [Required(AllowEmptyStrings = false)]
    public string AccessContact { get; set; } = "de PmgBot-beheerder van je organisatie of het Zorg- en Veiligheidshuis";
}
