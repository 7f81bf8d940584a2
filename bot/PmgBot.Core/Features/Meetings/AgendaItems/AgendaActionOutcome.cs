namespace PmgBot.Core.Features.Meetings.AgendaItems;

public enum AgendaActionOutcome
{
    /// <summary>Stored.</summary>
    Done = 0,

    /// <summary>No such meeting, or the actor is not a chair of its JPP: the same answer for both.</summary>
    NotFound = 1,

    /// <summary>Bad input or an item that is not (or no longer) on the agenda; nothing stored.</summary>
    Invalid = 2,

    /// <summary>The meeting has started or passed: its agenda no longer changes.</summary>
    Closed = 3,

    /// <summary>Someone changed the item at the same moment; nothing stored.</summary>
    Stale = 4,
}
