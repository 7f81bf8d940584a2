using System.Globalization;
using PmgBot.Core.Features.Actions.Reminders;

namespace PmgBot.Core.Features.Actions;

/// <summary>The message texts of reminders: the case code and the due date only (they show in notifications and chat lists).</summary>
public static class ReminderTexts
{
    public static string For(ReminderKind kind, string code, DateOnly due, int chairAfterWorkingDays) => kind switch
    {
        ReminderKind.BeforeDue => $"Herinnering: actiepunt bij casus {code}, uiterlijk {ActionItemTexts.Day(due)}.",
        ReminderKind.OnDueDay => $"Vandaag: actiepunt bij casus {code}, uiterlijk vandaag ({ActionItemTexts.Day(due)}).",
        ReminderKind.Overdue => $"Te laat: actiepunt bij casus {code}, de deadline was {ActionItemTexts.Day(due)}.",
        ReminderKind.OverdueToChair => string.Create(CultureInfo.GetCultureInfo("nl-NL"),
            $"Een actiepunt bij casus {code} is {chairAfterWorkingDays} werkdagen te laat (deadline {ActionItemTexts.Day(due)})."),
        ReminderKind.OwnerGone => $"Een actiepunt bij casus {code} (uiterlijk {ActionItemTexts.Day(due)}) heeft geen actieve eigenaar meer: kies een nieuwe eigenaar.",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an action item reminder."),
    };

    /// <summary>The weekly overview's message text: counts only.</summary>
    public static string WeeklyOverview(int overdue, int open, int done) => string.Create(CultureInfo.GetCultureInfo("nl-NL"),
        $"Weekoverzicht actiepunten: {overdue} te laat, {open} open, {done} afgehandeld sinds het laatste overleg.");
}
