using PmgBot.Core.Features.Actions.Reminders;

namespace PmgBot.Core.Features.Actions;

/// <summary>
/// The message texts of reminders, in the turn's language (the recipient's, see <see cref="ReminderSweep"/>): the case
/// code and the due date only (they show in notifications and chat lists). The texts are in ActionItemTexts.resx.
/// </summary>
public static class ReminderTexts
{
    public static string For(ReminderKind kind, string code, DateOnly due, int chairAfterWorkingDays) => kind switch
    {
        ReminderKind.BeforeDue => ActionItemTexts.ReminderBeforeDue(code, ActionItemTexts.Day(due)),
        ReminderKind.OnDueDay => ActionItemTexts.ReminderOnDueDay(code, ActionItemTexts.Day(due)),
        ReminderKind.Overdue => ActionItemTexts.ReminderOverdue(code, ActionItemTexts.Day(due)),
        ReminderKind.OverdueToChair => ActionItemTexts.ReminderOverdueToChair(code, chairAfterWorkingDays, ActionItemTexts.Day(due)),
        ReminderKind.OwnerGone => ActionItemTexts.ReminderOwnerGone(code, ActionItemTexts.Day(due)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an action item reminder."),
    };

    /// <summary>The weekly overview's message text: counts only.</summary>
    public static string WeeklyOverview(int overdue, int open, int done) => ActionItemTexts.WeeklyOverviewText(overdue, open, done);
}
