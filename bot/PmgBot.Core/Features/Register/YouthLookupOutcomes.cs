namespace PmgBot.Core.Features.Register;

/// <summary>Audit outcomes of <see cref="Audit.AuditActions.YouthLookup"/> and <see cref="Audit.AuditActions.YouthView"/>.</summary>
public static class YouthLookupOutcomes
{
    /// <summary>The full youth card (or a choice list of youths the user may see) was shown.</summary>
    public const string Found = "found";

    /// <summary>Only the casusregisseur's contact was shown.</summary>
    public const string ContactOnly = "contact-only";

    /// <summary>The "geen jongere gevonden" answer: no youth, or none the user may see (indistinguishable on purpose).</summary>
    public const string NotFound = "not-found";

    /// <summary>The search was not run: no usable name or date of birth typed.</summary>
    public const string Invalid = "invalid";
}
