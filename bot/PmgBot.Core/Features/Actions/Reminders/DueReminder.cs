namespace PmgBot.Core.Features.Actions.Reminders;

/// <summary>
/// A reminder that is due now. <paramref name="SentKey"/> is unique per item and kind (per day for the daily overdue
/// note): the sender stores it in the same transaction as the outbox message, under a unique index, so two instances
/// on one database send it once.
/// </summary>
public sealed record DueReminder(ReminderKind Kind, string SentKey);
