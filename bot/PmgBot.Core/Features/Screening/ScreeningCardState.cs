namespace PmgBot.Core.Features.Screening;

/// <summary>What the screening card shows besides the report: a message, per-field errors and the user's input kept.</summary>
public sealed record ScreeningCardState(
    string? Message = null,
    string? AgendaError = null,
    string? ReferralTargetError = null,
    string? ReferralNoteError = null,
    string? NoActionReasonError = null,
    string ReferralTarget = "",
    string ReferralNote = "",
    string NoActionReason = "")
{
    public static ScreeningCardState None { get; } = new();

    public bool HasErrors => AgendaError is not null || ReferralTargetError is not null || ReferralNoteError is not null || NoActionReasonError is not null;
}
