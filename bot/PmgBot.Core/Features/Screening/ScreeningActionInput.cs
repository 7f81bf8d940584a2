using System.Text.Json;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Screening;

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
            ActionDataValues.String(d, "code")?.Trim(),
            ActionDataValues.Int(d, "version"),
            ActionDataValues.String(d, "decision"),
            ActionDataValues.String(d, "resolution"),
            ActionDataValues.String(d, "referralTarget") ?? "",
            ActionDataValues.String(d, "referralNote") ?? "",
            ActionDataValues.String(d, "noActionReason") ?? "");
    }
}
