namespace PmgBot.Core.Features.Meetings.Calendar;

/// <summary>A professional invited to an event (never a youth).</summary>
public sealed record CalendarAttendee(string Email, string Name, AttendeeKind Kind = AttendeeKind.Required);
