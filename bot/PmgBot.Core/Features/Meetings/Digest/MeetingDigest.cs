using PmgBot.Core.Features.Meetings.Bookings;

namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>
/// The chair's digest of one meeting: the counts first, then the agenda in planned order with each organisation's
/// window. Codes only (youth code, report reference); organisation and professional names, never a youth's name.
/// <paramref name="BookingPlan"/> is what confirming would book (null when the JPP has no series with an organizer
/// mailbox, or the agenda could not be planned).
/// </summary>
public sealed record MeetingDigest(
    long MeetingId,
    string JppId,
    string JppName,
    DateTime StartsAtUtc,
    DateTime EndsAtUtc,
    bool OnDayOff,
    DateTime? ProposedStartsAtUtc,
    DigestCounts Counts,
    DigestConflicts Conflicts,
    IReadOnlyList<DigestItem> Items,
    IReadOnlyList<DigestWindow> Windows,
    int WaitingMinutes,
    int ArrivalOrderWaitingMinutes,
    IReadOnlyList<string> PlanErrors,
    MeetingBookingPlan? BookingPlan);
