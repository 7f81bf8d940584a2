using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>
/// The decision of one JPP meeting about one youth (at most one per youth and meeting), recorded by a chair during or
/// right after the meeting, with its action items (<see cref="ActionItem"/>). A level change it made is also in the
/// youth's level history (<see cref="YouthLevelChange"/>). Reasons and notes are user text: shown on cards to authorised
/// users, never logged or audited.
/// </summary>
public sealed class YouthDecision
{
    public long Id { get; set; }
    public long MeetingId { get; set; }
    public long YouthId { get; set; }
    public DecisionKind Kind { get; set; }

    /// <summary>The youth's level before and after the decision (equal when it did not change).</summary>
    public YouthLevel FromLevel { get; set; }

    public YouthLevel ToLevel { get; set; }

    /// <summary>Why (required for opschalen and afsluiten); also the reason in the level history.</summary>
    public string? Reason { get; set; }

    /// <summary>Where the youth was referred (<see cref="DecisionKind.Doorverwijzen"/>).</summary>
    public ReferralTarget? ReferralTarget { get; set; }

    /// <summary>Entra object id of the casusregisseur after the decision (confirmed or changed); null when none.</summary>
    public string? CasusregisseurId { get; set; }

    public bool CasusregisseurChanged { get; set; }

    /// <summary>The chosen interventions: codes of <see cref="Interventions"/>, comma-separated, in catalogue order.</summary>
    public string Interventions { get; set; } = "";

    /// <summary>Other interventions, free text.</summary>
    public string? InterventionsNote { get; set; }

    /// <summary>When the JPP looks at the youth again (Amsterdam date); null after afsluiten.</summary>
    public DateOnly? NextReviewDate { get; set; }

    public required string DecidedById { get; set; }
    public DateTime DecidedAtUtc { get; set; }

    /// <summary>Stored with the decision in one save.</summary>
    public List<ActionItem> Items { get; set; } = [];
}
