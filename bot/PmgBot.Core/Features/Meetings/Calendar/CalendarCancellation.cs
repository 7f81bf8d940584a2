namespace PmgBot.Core.Features.Meetings.Calendar;

/// <summary>Cancels an event no longer needed; the attendees get the comment. Only the organizer mailbox can.</summary>
public sealed record CalendarCancellation(CalendarEventRef Event, string Comment);
