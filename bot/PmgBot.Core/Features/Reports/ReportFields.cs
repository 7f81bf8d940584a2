namespace PmgBot.Core.Features.Reports;

/// <summary>
/// The names of the values in the <c>report.submit</c> data (the input ids of the <c>report</c> card plus the card's
/// own <c>cardId</c> / <c>cardVersion</c>). Validation messages are keyed by these names.
/// </summary>
public static class ReportFields
{
    public const string CardId = "cardId";
    public const string CardVersion = "cardVersion";
    public const string Subject = "subject";
    public const string FirstName = "firstName";
    public const string Tussenvoegsel = "tussenvoegsel";
    public const string LastName = "lastName";
    public const string DateOfBirth = "dateOfBirth";
    public const string AgeConfirmed = "ageConfirmed";
    public const string Municipality = "municipality";
    public const string School = "school";
    public const string GroupOrLocation = "groupOrLocation";
    public const string Kind = "kind";
    public const string Context = "context";
    public const string Concerns = "concerns";
    public const string Description = "description";
    public const string Urgency = "urgency";
    public const string Informed = "informed";
    public const string NotInformedReason = "notInformedReason";
}
