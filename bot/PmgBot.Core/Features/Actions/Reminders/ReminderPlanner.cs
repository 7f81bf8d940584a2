using System.Globalization;
using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Actions.Reminders;

/// <summary>
/// Which reminders about an open action item are due at a moment. The Hangfire job asks this each time it runs for every
/// open item that can have one (due up to <see cref="LatestDueDate"/>, and every open item of a deactivated owner), so
/// nothing is scheduled ahead and a run missed while the bot was down is caught up by the next: a reminder whose day
/// has passed without it is sent once, unless a later one has taken its place (the before-due note is not sent on or
/// after the due day; of the daily overdue notes only today's). Nothing is due in the quiet hours, before
/// <see cref="ReminderOptions.SendAt"/>, at weekends, on holidays or on the municipality's closing days: a reminder held
/// back then goes out the next working morning.
/// </summary>
public sealed class ReminderPlanner(ReminderOptions options)
{
    /// <summary>How far <see cref="LatestDueDate"/> looks ahead before it gives up bounding (a year of closing days).</summary>
    private const int MaxDaysAhead = 366;

    public IReadOnlyList<DueReminder> Due(string itemKey, DateOnly dueDate, DateTimeOffset now, WorkingDays workingDays)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(itemKey);
        ArgumentNullException.ThrowIfNull(workingDays);
        var local = AmsterdamTime.ToLocal(now.UtcDateTime);
        var today = DateOnly.FromDateTime(local);
        if (!IsSendingTime(today, TimeOnly.FromDateTime(local), workingDays))
        {
            return [];
        }

        var dueDay = workingDays.OnOrAfter(dueDate);
        var due = new List<DueReminder>();
        if (IsBeforeDue(today, dueDate, workingDays))
        {
            due.Add(new(ReminderKind.BeforeDue, itemKey + ":before-due"));
        }

        if (today == dueDay)
        {
            due.Add(new(ReminderKind.OnDueDay, itemKey + ":due-day"));
        }

        if (today > dueDay)
        {
            due.Add(new(ReminderKind.Overdue, itemKey + ":overdue:" + today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (today >= workingDays.Add(dueDate, options.ChairAfterWorkingDays))
        {
            due.Add(new(ReminderKind.OverdueToChair, itemKey + ":overdue-chair"));
        }

        return due;
    }

    /// <summary>
    /// The latest due date that can have a reminder due at <paramref name="now"/> on these working days, or null when
    /// nothing is due then (not a sending time). A later due date is not yet in its before-due window, and every other
    /// reminder is on or after the due date, so the sweep reads only the open items due up to this date and asks
    /// <see cref="Due"/> about each. Found with the before-due rule itself, stepping forward from today: the window's
    /// start moves on with the due date, so the first due date whose window has not begun ends the search.
    /// </summary>
    public DateOnly? LatestDueDate(DateTimeOffset now, WorkingDays workingDays)
    {
        ArgumentNullException.ThrowIfNull(workingDays);
        var local = AmsterdamTime.ToLocal(now.UtcDateTime);
        var today = DateOnly.FromDateTime(local);
        if (!IsSendingTime(today, TimeOnly.FromDateTime(local), workingDays))
        {
            return null;
        }

        var latest = today;
        for (var step = 0; step < MaxDaysAhead; step++)
        {
            var next = latest.AddDays(1);
            if (!IsBeforeDue(today, next, workingDays))
            {
                return latest;
            }

            latest = next;
        }

        // Closing days for longer than the look-ahead: no bound rather than a wrong one.
        return DateOnly.MaxValue;
    }

    /// <summary>
    /// The chair's weekly overview: due from the first working morning of the (ISO) week, so a Monday holiday or a
    /// Monday the bot was down moves it to the next working day; one sent key per chair and week.
    /// </summary>
    public DueReminder? WeeklyOverview(string chairKey, DateTimeOffset now, WorkingDays workingDays)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(chairKey);
        ArgumentNullException.ThrowIfNull(workingDays);
        var local = AmsterdamTime.ToLocal(now.UtcDateTime);
        var today = DateOnly.FromDateTime(local);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        if (!IsSendingTime(today, TimeOnly.FromDateTime(local), workingDays) || today < workingDays.OnOrAfter(monday))
        {
            return null;
        }

        var week = ISOWeek.GetYear(local).ToString(CultureInfo.InvariantCulture) + "-W"
            + ISOWeek.GetWeekOfYear(local).ToString("00", CultureInfo.InvariantCulture);
        return new DueReminder(ReminderKind.WeeklyOverview, chairKey + ":week:" + week);
    }

    /// <summary>Today lies in the before-due window: before the due day, at most <see cref="ReminderOptions.WorkingDaysBefore"/> working days before the due date.</summary>
    private bool IsBeforeDue(DateOnly today, DateOnly dueDate, WorkingDays workingDays) =>
        today < workingDays.OnOrAfter(dueDate) && today >= workingDays.Add(dueDate, -options.WorkingDaysBefore);

    /// <summary>A working day, at or after the sending time and before the quiet hours.</summary>
    public bool IsSendingTime(DateOnly day, TimeOnly time, WorkingDays workingDays)
    {
        ArgumentNullException.ThrowIfNull(workingDays);
        return workingDays.IsWorkingDay(day) && time >= options.SendAt && time >= options.QuietUntil && time < options.QuietFrom;
    }
}
