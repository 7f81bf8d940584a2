using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Reports;

/// <summary>
/// A validated report, ready to store (made by <see cref="ReportValidator"/>). Texts are trimmed and within the column
/// sizes; youth fields are set only for <see cref="ReportSubject.Jongere"/>, <see cref="GroupOrLocation"/> only for a
/// group or location. <see cref="IdempotencyKey"/> is the card id: one report per card instance.
/// </summary>
public sealed record ReportSubmission(
    string IdempotencyKey,
    ReportSubject Subject,
    string? FirstName,
    string? Tussenvoegsel,
    string? LastName,
    DateOnly? DateOfBirth,
    string? School,
    string? GroupOrLocation,
    string MunicipalityId,
    ReportKind Kind,
    ReportContext Context,
    ConcernTypes ConcernTypes,
    string Description,
    ReportUrgency Urgency,
    bool YouthAndParentsInformed,
    string? NotInformedReason);
