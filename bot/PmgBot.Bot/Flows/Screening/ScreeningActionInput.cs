using System.Globalization;
using System.Text.Json;

namespace PmgBot.Bot.Flows.Screening;

/// <summary>
/// The data of a screening button (untrusted): <c>code</c> (report reference, a lookup key only), <c>version</c> (the
/// report version the card showed), <c>decision</c> (agenda / referral / none) or <c>resolution</c> (merge / apart), and
/// the inputs <c>referralTarget</c>, <c>referralNote</c>, <c>noActionReason</c>.
/// </summary>
public sealed record ScreeningActionInput(
    string? Code,
    int? Version,
    string? Decision,
    string? Resolution,
    string ReferralTarget,
    string ReferralNote,
    string NoActionReason)
{
    public static ScreeningActionInput Read(JsonElement? data)
    {
        if (data is not { ValueKind: JsonValueKind.Object } d)
        {
            return new ScreeningActionInput(null, null, null, null, "", "", "");
        }

        return new ScreeningActionInput(
            String(d, "code")?.Trim(),
            Int(d, "version"),
            String(d, "decision"),
            String(d, "resolution"),
            String(d, "referralTarget") ?? "",
            String(d, "referralNote") ?? "",
            String(d, "noActionReason") ?? "");
    }

    private static string? String(JsonElement data, string name) =>
        data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement data, string name)
    {
        if (!data.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var number) => number,
            JsonValueKind.String when int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };
    }
}
