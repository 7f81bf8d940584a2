namespace PmgBot.Core.Features.Meetings.Calendar;

/// <summary>
/// The answer to <see cref="ICalendarGateway.UpdateEventAsync"/>. For the online-meeting event the join link is read
/// again after the change (it has been seen to vanish or be renewed by updates): when
/// <see cref="JoinUrlChanged"/> is true the chair must be warned and the window events get the new link.
/// </summary>
public sealed record CalendarUpdateResult(CalendarStatus Status, string? JoinUrl, JoinLinkStatus JoinLink, bool JoinUrlChanged);
