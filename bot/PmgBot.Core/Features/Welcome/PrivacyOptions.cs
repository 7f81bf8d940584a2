using System.ComponentModel.DataAnnotations;

namespace PmgBot.Core.Features.Welcome;

/// <summary>
/// Settings section <c>Privacy</c>: the phrases of the privacy card, from the local covenant / DPIA, in Dutch and (for
/// users whose Teams speaks English) in English.
/// </summary>
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

    [Required(AllowEmptyStrings = false)]
    public string ContactPointEnglish { get; set; } = "the privacy desk of the Zorg- en Veiligheidshuis";

    [Required(AllowEmptyStrings = false)]
    public string CaseRetentionEnglish { get; set; } = "up to two years after the case is closed";

    [Required(AllowEmptyStrings = false)]
    public string AuditRetentionEnglish { get; set; } = "five years";

    [Required(AllowEmptyStrings = false)]
    public string AccessContactEnglish { get; set; } = "your organisation's PmgBot administrator or the Zorg- en Veiligheidshuis";
}
