namespace PmgBot.Core.Features.Meetings.Calendar;

/// <summary>
/// Free/busy of the core members (mailboxes in our own tenant) around a meeting, asked through the organizer mailbox.
/// Any number of mailboxes (the Graph gateway asks 20 at a time); the window must be shorter than 62 days.
/// </summary>
public sealed record FreeBusyQuery(string OrganizerMailbox, IReadOnlyList<string> Mailboxes, CalendarWindow Window);
