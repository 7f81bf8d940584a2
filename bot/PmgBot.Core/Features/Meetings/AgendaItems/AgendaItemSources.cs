namespace PmgBot.Core.Features.Meetings.AgendaItems;

/// <summary>Why an item is on an agenda (several at once). Stored as its number; never renumber.</summary>
[Flags]
public enum AgendaItemSources
{
    None = 0,

    /// <summary>The screening put a report on this meeting.</summary>
    Screening = 1,

    /// <summary>The review period since the last discussion has passed.</summary>
    FollowUp = 2,

    /// <summary>An escalation or de-escalation not yet discussed.</summary>
    LevelChange = 4,

    /// <summary>The chair added it.</summary>
    Chair = 8,

    /// <summary>Moved here from an earlier meeting (by the chair, or because that date was cancelled).</summary>
    Moved = 16,
}
