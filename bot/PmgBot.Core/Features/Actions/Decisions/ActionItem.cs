namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>
/// One promise made in a JPP meeting: who (<see cref="OwnerId"/>, a professional of an involved organisation) does what
/// by when. <see cref="YouthId"/>, <see cref="MeetingId"/> and <see cref="JppId"/> repeat the decision's, so the lists
/// ("mijn acties", the chair's overview) and the reminder sweep read one table. Every change is also a row of
/// <see cref="ActionItemChange"/>.
/// </summary>
public sealed class ActionItem
{
    public long Id { get; set; }
    public long DecisionId { get; set; }
    public long MeetingId { get; set; }
    public long YouthId { get; set; }
    public required string JppId { get; set; }
    public required string OwnerId { get; set; }
    public required string What { get; set; }

    /// <summary>Amsterdam date; moves when the item is postponed (<see cref="ActionItemState.Verzet"/>).</summary>
    public DateOnly DueDate { get; set; }

    public ActionItemState State { get; set; }

    /// <summary>The note or reason of the last change (afgerond: optional note; verzet and niet mogelijk: the reason).</summary>
    public string? StateNote { get; set; }

    public required string CreatedById { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public string? ChangedById { get; set; }
    public DateTime? ChangedAtUtc { get; set; }

    /// <summary>Optimistic concurrency: a second click, or the owner and a chair at once, cannot both change it.</summary>
    public int Version { get; set; }

    public bool IsOpen => State is ActionItemState.Open or ActionItemState.Verzet;
}
