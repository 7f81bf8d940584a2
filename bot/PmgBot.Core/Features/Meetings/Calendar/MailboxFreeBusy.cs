namespace PmgBot.Core.Features.Meetings.Calendar;

/// <summary>The busy intervals of one mailbox in the asked window.</summary>
/// <param name="Reason">For <see cref="FreeBusyState.Error"/>: Graph's response code (never its message).</param>
public sealed record MailboxFreeBusy(string Mailbox, FreeBusyState State, IReadOnlyList<BusyInterval> Busy, string? Reason = null);
