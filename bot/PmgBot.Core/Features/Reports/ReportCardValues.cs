namespace PmgBot.Core.Features.Reports;

/// <summary>
/// The values shown in the inputs of the <c>report</c> card: empty for a fresh card, the user's own input when the
/// card comes back with validation messages. Choice values as in <c>ReportFormValues</c>; <paramref name="Concerns"/>
/// comma-separated; <paramref name="DateOfBirth"/> <c>yyyy-MM-dd</c> or empty; <paramref name="AgeConfirmed"/>
/// <c>"true"</c>/<c>"false"</c>.
/// </summary>
public sealed record ReportCardValues(
    string Subject = "",
    string FirstName = "",
    string Tussenvoegsel = "",
    string LastName = "",
    string DateOfBirth = "",
    string AgeConfirmed = "false",
    string Municipality = "",
    string School = "",
    string GroupOrLocation = "",
    string Kind = "",
    string Context = "",
    string Concerns = "",
    string Description = "",
    string Urgency = "normaal",
    string Informed = "",
    string NotInformedReason = "");
