using System.Globalization;
using System.Text.Json.Serialization;

namespace PmgBot.Core.Features.Reports;

/// <summary>
/// The values of the <c>report</c> card, both ways: read from a submit as typed (untrusted, every value may be missing;
/// <c>CardSubmitData.ReadAsText</c>), checked by <see cref="ReportValidator"/>, and shown in the card's inputs
/// (<see cref="Fresh"/>, or the user's own input again with <see cref="Shown"/>). Choice values are the card's choice
/// values (see <see cref="ReportFormValues"/>); <paramref name="Concerns"/> is the comma-separated value of the
/// multi-select; <paramref name="DateOfBirth"/> is <c>yyyy-MM-dd</c> (Input.Date); <paramref name="AgeConfirmed"/>
/// <c>"true"</c>/<c>"false"</c>. <paramref name="CardId"/> and <paramref name="CardVersion"/> are the card's own, sent
/// with every submit.
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
    /// <summary>The inputs of a new card: empty, normal urgency.</summary>
    public static ReportForm Fresh { get; } = new ReportForm().Shown() with { Urgency = "normaal" };

    /// <summary>The card id as a GUID in "D" form (the idempotency key), or null when missing or not a GUID.</summary>
    [JsonIgnore]
    public string? CardKey =>
        Guid.TryParse(CardId?.Trim(), out var id) && id != Guid.Empty ? id.ToString("D", CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// The values to show in the card's inputs again: every input as text (none missing), a date only when the date input
    /// can show it, the toggle as <c>"true"</c>/<c>"false"</c>; without the card's own id and version.
    /// </summary>
    public ReportForm Shown()
    {
        var date = DateOnly.TryParseExact(DateOfBirth?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : "";
        return new ReportForm(
            Subject ?? "", FirstName ?? "", Tussenvoegsel ?? "", LastName ?? "", date,
            string.Equals(AgeConfirmed?.Trim(), "true", StringComparison.OrdinalIgnoreCase) ? "true" : "false",
            Municipality ?? "", School ?? "", GroupOrLocation ?? "", Kind ?? "", Context ?? "", Concerns ?? "", Description ?? "",
            Urgency ?? "", Informed ?? "", NotInformedReason ?? "");
    }
}
