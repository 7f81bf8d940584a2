namespace PmgBot.Core.Register;

/// <summary>
/// A signal (melding) reported by a professional: about a youth, a group or a location. Known as
/// <see cref="Reference"/> (e.g. <c>PMG-2026-00042</c>) outside cards shown to authorised users.
/// </summary>
public sealed class Report
{
    public long Id { get; set; }
    public required string Reference { get; set; }

    /// <summary>One per card instance: a double click, a re-sent card or a redelivery stores one report.</summary>
    public required string IdempotencyKey { get; set; }

    public required string ReporterId { get; set; }
    public required string ReporterOrganisationId { get; set; }
    public ReportSubject Subject { get; set; }

    public string? YouthFirstName { get; set; }
    public string? YouthTussenvoegsel { get; set; }
    public string? YouthLastName { get; set; }
    public string? NormalizedFirstName { get; set; }
    public string? NormalizedLastName { get; set; }
    public DateOnly? YouthDateOfBirth { get; set; }
    public string? School { get; set; }

    /// <summary>For a group or location report: a short name of the group or place.</summary>
    public string? GroupOrLocation { get; set; }

    /// <summary>Municipality of residence (youth) or where the group/location is.</summary>
    public required string MunicipalityId { get; set; }

    /// <summary>The JPP that screens the report.</summary>
    public required string JppId { get; set; }

    public ReportKind Kind { get; set; }
    public ReportContext Context { get; set; }
    public ConcernTypes ConcernTypes { get; set; }
    public required string Description { get; set; }
    public ReportUrgency Urgency { get; set; }
    public bool YouthAndParentsInformed { get; set; }
    public string? NotInformedReason { get; set; }

    public ReportStatus Status { get; set; }
    public long? YouthId { get; set; }
    public MatchState MatchState { get; set; }
    public long? PossibleYouthId { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public string? ScreenedById { get; set; }
    public DateTime? ScreenedAtUtc { get; set; }
    public ReferralTarget? ReferralTarget { get; set; }
    public string? ScreeningNote { get; set; }
    public long? AgendaMeetingId { get; set; }

    /// <summary>
    /// The steps after storing (matching, notices, alerts: <see cref="IReportSubmittedHandler"/>) are still to run from
    /// this moment on; null when they ran. The follow-up job claims a report by moving it forward by a lease, so a crash
    /// mid-way lets another run pick it up once the lease passed.
    /// </summary>
    public DateTime? FollowUpDueAtUtc { get; set; }

    /// <summary>Optimistic concurrency: a second chair's click on a handled report changes nothing.</summary>
    public int Version { get; set; }
}
