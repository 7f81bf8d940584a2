using System.Diagnostics.CodeAnalysis;
using PmgBot.Core.Directory;

namespace PmgBot.Core.Access;

/// <summary>Who is asking: <see cref="Professional"/> is set only when <see cref="Outcome"/> is <see cref="AccessOutcome.Known"/>.</summary>
public sealed record AccessDecision
{
    private AccessDecision(AccessOutcome outcome, ProfessionalProfile? professional)
    {
        Outcome = outcome;
        Professional = professional;
    }

    public AccessOutcome Outcome { get; }

    public ProfessionalProfile? Professional { get; }

    [MemberNotNullWhen(true, nameof(Professional))]
    public bool IsKnown => Outcome == AccessOutcome.Known;

    public static AccessDecision UnknownTenant { get; } = new(AccessOutcome.UnknownTenant, null);

    public static AccessDecision UnknownUser { get; } = new(AccessOutcome.UnknownUser, null);

    public static AccessDecision Inactive { get; } = new(AccessOutcome.Inactive, null);

    public static AccessDecision Known(ProfessionalProfile professional)
    {
        ArgumentNullException.ThrowIfNull(professional);
        return new AccessDecision(AccessOutcome.Known, professional);
    }
}
