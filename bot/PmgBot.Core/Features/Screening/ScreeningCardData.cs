namespace PmgBot.Core.Features.Screening;

/// <summary>
/// Data for <c>screening</c>: one report for the chair of its JPP. Every user-supplied text (description, names, school,
/// reasons, notes) is shown in a TextRun. <see cref="RefreshUserIds"/> (≤ 60 Teams ids of the JPP's chairs) makes Teams
/// fetch the current card (<c>screening.open</c>) so a second chair sees who handled it. Buttons send
/// <c>screening.decide</c> <c>{"code","version","decision":"agenda|referral|none", inputs referralTarget, referralNote,
/// noActionReason}</c> and <c>screening.match</c> <c>{"code","version","resolution":"merge|apart"}</c>. The input values
/// (<see cref="ReferralTarget"/>, <see cref="ReferralNote"/>, <see cref="NoActionReason"/>) keep what the user typed.
/// </summary>
public sealed record ScreeningCardData(
    string Reference,
    string JppName,
    string CreatedAt,
    string Status,
    string Subject,
    string Kind,
    string Context,
    string Concerns,
    string Urgency,
    bool Urgent,
    string Informed,
    string ReporterName,
    string Description,
    string MatchText,
    int Version,
    bool CanDecide,
    bool CanResolveMatch,
    string ReferralTarget,
    string ReferralNote,
    string NoActionReason,
    IReadOnlyList<string> RefreshUserIds,
    string? NotInformedReason = null,
    ScreeningYouthData? Youth = null,
    string? GroupOrLocation = null,
    ScreeningPossibleMatchData? PossibleMatch = null,
    string? Handled = null,
    string? HandledNote = null,
    string? Message = null,
    string? AgendaError = null,
    string? ReferralTargetError = null,
    string? ReferralNoteError = null,
    string? NoActionReasonError = null);
