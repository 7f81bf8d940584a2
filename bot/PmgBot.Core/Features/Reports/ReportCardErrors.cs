namespace PmgBot.Core.Features.Reports;

/// <summary>One Dutch validation message per input of the <c>report</c> card (null: no message).</summary>
public sealed record ReportCardErrors(
    string? Subject = null,
    string? FirstName = null,
    string? Tussenvoegsel = null,
    string? LastName = null,
    string? DateOfBirth = null,
    string? AgeConfirmed = null,
    string? Municipality = null,
    string? School = null,
    string? GroupOrLocation = null,
    string? Kind = null,
    string? Context = null,
    string? Concerns = null,
    string? Description = null,
    string? Urgency = null,
    string? Informed = null,
    string? NotInformedReason = null);
