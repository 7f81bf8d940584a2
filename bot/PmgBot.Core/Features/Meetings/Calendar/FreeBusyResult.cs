namespace PmgBot.Core.Features.Meetings.Calendar;

/// <summary>
/// The answer to <see cref="ICalendarGateway.GetFreeBusyAsync"/>: one entry per asked mailbox, in the asked order.
/// When a call for some of them failed, <see cref="Status"/> says how and those mailboxes are
/// <see cref="FreeBusyState.Unknown"/>; the others are still filled in.
/// </summary>
public sealed record FreeBusyResult(CalendarStatus Status, IReadOnlyList<MailboxFreeBusy> Mailboxes);
