namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>One change of an action item (its history): the new state, the note or reason, the due date before and after.</summary>
public sealed class ActionItemChange
{
    public long Id { get; set; }
    public long ActionItemId { get; set; }
    public ActionItemState State { get; set; }
    public string? Note { get; set; }
    public DateOnly FromDueDate { get; set; }
    public DateOnly DueDate { get; set; }

    /// <summary>Set when a chair handed the item to another owner (the state stays).</summary>
    public string? NewOwnerId { get; set; }
    public required string ChangedById { get; set; }
    public DateTime ChangedAtUtc { get; set; }
}
