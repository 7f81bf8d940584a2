namespace PmgBot.Core.Features.Meetings.Calendar;

/// <summary>Limits of Graph's calendar API that both gateways keep, so the fallback refuses what Graph would.</summary>
public static class CalendarLimits
{
    /// <summary>getSchedule takes at most 20 mailboxes per call (members of a distribution list count one by one).</summary>
    public const int FreeBusyMailboxesPerCall = 20;

    /// <summary>getSchedule's window must be shorter than 62 days.</summary>
    public static readonly TimeSpan FreeBusyMaxWindow = TimeSpan.FromDays(62);

    /// <summary>The slot length asked of getSchedule (availabilityViewInterval, 5–1440 minutes).</summary>
    public static readonly TimeSpan FreeBusySlot = TimeSpan.FromMinutes(15);

    /// <summary>Outlook's limit on an event subject.</summary>
    public const int MaxSubjectLength = 255;

    /// <summary>A transaction id is also the .ics UID and part of its file name.</summary>
    public const int MaxTransactionIdLength = 200;
}
