namespace PmgBot.Core.Features.Reports;

/// <summary>
/// The result of <see cref="ReportValidator.Validate"/>: either a <see cref="Submission"/> or one Dutch message per
/// wrong field (keyed by <see cref="ReportFields"/>). <see cref="AskAgeConfirmation"/> is true when the age is outside
/// 8–27, so the card shows the "De leeftijd klopt" toggle.
/// </summary>
public sealed record ReportValidation(ReportSubmission? Submission, IReadOnlyDictionary<string, string> Errors, bool AskAgeConfirmation)
{
    public bool IsValid => Submission is not null && Errors.Count == 0;
}
