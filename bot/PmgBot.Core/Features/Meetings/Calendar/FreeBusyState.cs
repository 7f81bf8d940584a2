namespace PmgBot.Core.Features.Meetings.Calendar;

public enum FreeBusyState
{
    /// <summary>The schedule was read; an empty busy list means free in the whole window.</summary>
    Known = 0,
    /// <summary>Nothing is known (the .ics fallback, or the call for this mailbox failed).</summary>
    Unknown = 1,
    /// <summary>Graph could not resolve this mailbox (e.g. outside our tenant); see the reason.</summary>
    Error = 2,
}
