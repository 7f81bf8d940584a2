namespace PmgBot.Core.Features.Meetings.Calendar;

/// <summary>An event as the gateway knows it: the organizer mailbox it lives in and the id the gateway returned.</summary>
public sealed record CalendarEventRef(string Mailbox, string EventId);
