namespace PmgBot.Core.Features.Meetings.AgendaItems;

/// <summary>
/// One item on the agenda of a JPP meeting: a youth (<see cref="YouthId"/>) or a group or location report
/// (<see cref="ReportId"/>). Stored so that the chair's changes (added, removed, moved, minutes) hold and so that a past
/// meeting's active items say who was discussed when (the follow-up counts from there). Derived items (screening,
/// follow-up, escalation) are written by <see cref="MeetingAgendaBuilder"/>.
/// </summary>
public sealed class MeetingAgendaItem
{
    public long Id { get; set; }
    public long MeetingId { get; set; }
    public long? YouthId { get; set; }
    public long? ReportId { get; set; }

    /// <summary>Why the item is on the agenda; the derived reasons are kept up to date while the meeting is ahead.</summary>
    public AgendaItemSources Sources { get; set; }

    public AgendaItemKind Kind { get; set; }
    public AgendaItemStatus Status { get; set; }

    /// <summary>The chair's minutes; null: the default of <see cref="Kind"/> (<see cref="MeetingOptions"/>).</summary>
    public int? Minutes { get; set; }

    public DateTime AddedAtUtc { get; set; }

    /// <summary>Entra object id of the chair who added it; null for derived items.</summary>
    public string? AddedById { get; set; }

    /// <summary>The chair's reason for removing or moving the item (free text: shown on cards, never logged or audited).</summary>
    public string? Reason { get; set; }

    public string? ChangedById { get; set; }
    public DateTime? ChangedAtUtc { get; set; }

    /// <summary>Where a moved item went.</summary>
    public long? MovedToMeetingId { get; set; }

    /// <summary>Optimistic concurrency: two chairs acting on one item at once cannot both win.</summary>
    public int Version { get; set; }
}
