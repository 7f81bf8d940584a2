namespace PmgBot.Core.Features.Meetings.Calendar;

/// <summary>A stretch of consecutive slots of one kind. Only the kind is known, never what the appointment is.</summary>
public sealed record BusyInterval(DateTimeOffset Start, DateTimeOffset End, BusyKind Kind);
