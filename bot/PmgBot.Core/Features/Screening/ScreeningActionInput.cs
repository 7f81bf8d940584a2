using System.Text.Json;
using PmgBot.Core.Turns;

namespace PmgBot.Core.Features.Screening;

/// <summary>
/// The data of a screening button (untrusted, read with <c>CardSubmitData.Read</c>): <c>code</c> (report reference, a
/// lookup key only), <c>version</c> (the report version the card showed), <c>decision</c> (agenda / referral / none) or
/// <c>resolution</c> (merge / apart), and the inputs <c>referralTarget</c>, <c>referralNote</c>, <c>noActionReason</c>.
/// </summary>
public sealed record ScreeningActionInput(
    string? Code = null,
    int? Version = null,
    string? Decision = null,
    string? Resolution = null,
    string ReferralTarget = "",
    string ReferralNote = "",
    string NoActionReason = "")
{
    public string? Code { get; init; } = Code?.Trim();
}
