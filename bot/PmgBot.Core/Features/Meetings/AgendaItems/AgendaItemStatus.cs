namespace PmgBot.Core.Features.Meetings.AgendaItems;

/// <summary>Stored as its number; never renumber.</summary>
public enum AgendaItemStatus
{
    Active = 0,

    /// <summary>Taken off by the chair (with a reason); the derived rules do not put it back on this meeting.</summary>
    Removed = 1,

    /// <summary>Moved to the next meeting by the chair (with a reason).</summary>
    Moved = 2,
}
