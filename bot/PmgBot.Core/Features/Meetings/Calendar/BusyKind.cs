namespace PmgBot.Core.Features.Meetings.Calendar;

/// <summary>A non-free slot of a schedule; the values are the digits of Graph's <c>availabilityView</c>.</summary>
public enum BusyKind
{
    Tentative = 1,
    Busy = 2,
    OutOfOffice = 3,
    /// <summary>Working elsewhere: reachable, but not at the usual place.</summary>
    Elsewhere = 4,
}
