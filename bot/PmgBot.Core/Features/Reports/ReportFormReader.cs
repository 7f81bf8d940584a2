using System.Globalization;
using System.Text.Json;
using PmgBot.Core.Protocol;

namespace PmgBot.Core.Features.Reports;

/// <summary>Reads the untrusted data of a <c>report.submit</c> into a <see cref="ReportForm"/>, the card id and version.</summary>
public static class ReportFormReader
{
    public static ReportForm Read(JsonElement? data) => new(
        Subject: Text(data, ReportFields.Subject),
        FirstName: Text(data, ReportFields.FirstName),
        Tussenvoegsel: Text(data, ReportFields.Tussenvoegsel),
        LastName: Text(data, ReportFields.LastName),
        DateOfBirth: Text(data, ReportFields.DateOfBirth),
        AgeConfirmed: Text(data, ReportFields.AgeConfirmed),
        Municipality: Text(data, ReportFields.Municipality),
        School: Text(data, ReportFields.School),
        GroupOrLocation: Text(data, ReportFields.GroupOrLocation),
        Kind: Text(data, ReportFields.Kind),
        Context: Text(data, ReportFields.Context),
        Concerns: Text(data, ReportFields.Concerns),
        Description: Text(data, ReportFields.Description),
        Urgency: Text(data, ReportFields.Urgency),
        Informed: Text(data, ReportFields.Informed),
        NotInformedReason: Text(data, ReportFields.NotInformedReason));

    /// <summary>The card id as a GUID in "D" form, or null when missing or not a GUID.</summary>
    public static string? CardId(JsonElement? data) =>
        Guid.TryParse(Text(data, ReportFields.CardId)?.Trim(), out var id) && id != Guid.Empty
            ? id.ToString("D", CultureInfo.InvariantCulture)
            : null;

    /// <summary>The card version (number or numeric text), or null.</summary>
    public static int? Version(JsonElement? data) =>
        int.TryParse(Text(data, ReportFields.CardVersion), NumberStyles.Integer, CultureInfo.InvariantCulture, out var version) ? version : null;

    /// <summary>
    /// A field as text: a string, a number or a boolean as written, an array as its strings joined by commas (other
    /// elements left out); null when absent, of another kind, or not readable text (<see cref="UntrustedJson"/>).
    /// </summary>
    private static string? Text(JsonElement? data, string name)
    {
        if (!data.TryGetMember(name, out var property))
        {
            return null;
        }

        return property.ValueKind switch
        {
            JsonValueKind.String => property.TryGetText(out var text) ? text : null,
            JsonValueKind.Number => property.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Array => string.Join(",", property.EnumerateArray().Select(e => e.TryGetText(out var text) ? text : null).OfType<string>()),
            _ => null,
        };
    }
}
