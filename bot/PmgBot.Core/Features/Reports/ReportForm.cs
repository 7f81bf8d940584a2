namespace PmgBot.Core.Features.Reports;

/// <summary>
/// The values of a submitted <c>report</c> card as typed, before validation (untrusted; every value may be missing).
/// Choice values are the card's choice values (see <see cref="ReportFormValues"/>); <paramref name="Concerns"/> is the
/// comma-separated value of the multi-select; <paramref name="DateOfBirth"/> is <c>yyyy-MM-dd</c> (Input.Date).
/// </summary>
public sealed record ReportForm(
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
