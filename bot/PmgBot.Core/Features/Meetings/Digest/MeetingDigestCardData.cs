namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>
/// Data of the <c>meeting-digest</c> card: the chair's digest of one meeting. Codes only (youth code, report reference);
/// organisation and professional names sit in TextRuns. <see cref="Meeting"/> is the meeting's number, sent back by the
/// buttons (<see cref="MeetingDigestActionData"/>). <see cref="Notice"/>: the report of a booking run or of a change to
/// the agenda (<see cref="NoticeStyle"/> good, warning or attention). <see cref="CanChange"/>: the meeting is ahead, so
/// the chair may add, remove or move items and ask for a reminder; <see cref="ItemChoices"/> are the items to pick from
/// (value: the item's number), and <see cref="Item"/>, <see cref="Reason"/> and <see cref="YouthCode"/> keep what the
/// chair typed when a change was refused.
/// </summary>
public sealed record MeetingDigestCardData(
    string Meeting,
    string Title,
    string When,
    IReadOnlyList<DigestFactData> Counts,
    string Conflicts,
    IReadOnlyList<DigestFactData> ConflictMembers,
    string Saving,
    IReadOnlyList<DigestItemData> Items,
    IReadOnlyList<DigestFactData> Windows,
    bool CanConfirm,
    string ConfirmTitle,
    string? DayOff = null,
    string? Notice = null,
    string? NoticeStyle = null,
    bool CanChange = false,
    IReadOnlyList<DigestFactData>? ItemChoices = null,
    string Item = "",
    string Reason = "",
    string YouthCode = "");
