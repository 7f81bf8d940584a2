using System.Globalization;

namespace PmgBot.Core.Register.Reports;

/// <summary>
/// The data of a submitted <c>report</c> card as typed, before validation (untrusted; every value may be missing), read
/// with <c>CardSubmitData.ReadAsText</c>. Choice values are the card's choice values (see <see cref="ReportFormValues"/>);
/// <paramref name="Concerns"/> is the comma-separated value of the multi-select; <paramref name="DateOfBirth"/> is
/// <c>yyyy-MM-dd</c> (Input.Date). <paramref name="CardId"/> and <paramref name="CardVersion"/> are the card's own.
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
    string? NotInformedReason = null,
    string? CardId = null,
    int? CardVersion = null)
{
    /// <summary>The card id as a GUID in "D" form (the idempotency key), or null when missing or not a GUID.</summary>
    public string? CardKey =>
        Guid.TryParse(CardId?.Trim(), out var id) && id != Guid.Empty ? id.ToString("D", CultureInfo.InvariantCulture) : null;
}
