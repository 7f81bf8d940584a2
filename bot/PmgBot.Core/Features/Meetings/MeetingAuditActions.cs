namespace PmgBot.Core.Features.Meetings;

/// <summary>Audit action names of the meeting cycle (record type <see cref="RecordType"/>, record id the meeting id; codes only in the detail).</summary>
public static class MeetingAuditActions
{
    public const string RecordType = "jpp-meeting";

    /// <summary>The planner added, changed or removed meetings of a series (actor: system).</summary>
    public const string Plan = "meeting.plan";

    public const string AgendaView = "meeting.agenda-view";
    public const string AgendaAdd = "meeting.agenda-add";
    public const string AgendaRemove = "meeting.agenda-remove";
    public const string AgendaMove = "meeting.agenda-move";
    public const string AgendaMinutes = "meeting.agenda-minutes";

    /// <summary>The chair's digest was queued for a chair (actor: system; detail: the number of items).</summary>
    public const string DigestSent = "meeting.digest-sent";

    /// <summary>A chair asked for the digest again later (detail: when, in UTC).</summary>
    public const string DigestRemind = "meeting.digest-remind";

    /// <summary>A chair confirmed the agenda and the calendars were booked (detail: counts and where it stopped).</summary>
    public const string Book = "meeting.book";
}
