namespace PmgBot.Core.Features.Actions.Reminders;

/// <summary>The reminders about one action item (issue 15), and the chair's weekly overview: each is sent at most once (its sent key).</summary>
public enum ReminderKind
{
    /// <summary>To the owner, a number of working days before the due date.</summary>
    BeforeDue,

    /// <summary>To the owner, on the due date (the next working day when it is not one).</summary>
    OnDueDay,

    /// <summary>To the owner, every working day while the item is overdue.</summary>
    Overdue,

    /// <summary>To the chair, once, when the item has been overdue for a number of working days.</summary>
    OverdueToChair,

    /// <summary>To each chair, once a week: what is open, overdue and done.</summary>
    WeeklyOverview,

    /// <summary>To the JPP's chairs, once per item and owner: the owner was deactivated in the directory, choose a new one.</summary>
    OwnerGone,
}
