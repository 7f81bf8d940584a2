namespace PmgBot.Core.Features.Actions.Reminders;

/// <summary>
/// A reminder that was queued, by its sent key (<see cref="DueReminder.SentKey"/>, unique): the sweep skips it from then
/// on, so each reminder goes out once, also when two instances sweep at the same moment (the outbox message carries the
/// same key and is stored once).
/// </summary>
public sealed class ReminderSent
{
    public required string Key { get; set; }
    public ReminderKind Kind { get; set; }
    public long ActionItemId { get; set; }
    public DateTime SentAtUtc { get; set; }
}
