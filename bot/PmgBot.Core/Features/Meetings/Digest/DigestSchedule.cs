using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>
/// When a meeting's digest is due (pure): at 09:00 in Amsterdam, a number of working days before the meeting's day in
/// Amsterdam. Working days leave out weekends, the national holidays and the municipality's closing days, so a digest
/// two working days before a Tuesday after Easter Monday goes out on the Thursday before. Also when a digest the chair
/// asked for again ("Herinner me later") comes: <see cref="RemindAtUtc"/>.
/// </summary>
public static class DigestSchedule
{
    public static readonly TimeOnly SendTime = new(9, 0);

    public static DateTime DueAtUtc(DateTime meetingStartsAtUtc, int workingDaysBefore, IReadOnlyCollection<DateOnly> closingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDaysBefore, 0);
        ArgumentNullException.ThrowIfNull(closingDays);
        var meetingDay = DateOnly.FromDateTime(AmsterdamTime.ToLocal(meetingStartsAtUtc));
        var day = new WorkingDays(closingDays).Add(meetingDay, -workingDaysBefore);
        return AmsterdamTime.ToUtc(day, SendTime);
    }

    /// <summary>
    /// "Herinner me later": the next working morning at 09:00 in Amsterdam (today's, when it is a working day and not yet
    /// 09:00), the time a chair plans the day; when that is not before the meeting, <paramref name="fallbackHours"/> from
    /// now; when that is not before the meeting either, null: too late for a reminder.
    /// </summary>
    public static DateTime? RemindAtUtc(DateTime nowUtc, DateTime meetingStartsAtUtc, IReadOnlyCollection<DateOnly> closingDays, int fallbackHours)
    {
        ArgumentNullException.ThrowIfNull(closingDays);
        ArgumentOutOfRangeException.ThrowIfLessThan(fallbackHours, 1);
        var days = new WorkingDays(closingDays);
        var today = DateOnly.FromDateTime(AmsterdamTime.ToLocal(nowUtc));
        var morning = AmsterdamTime.ToUtc(days.OnOrAfter(today), SendTime);
        if (morning <= nowUtc)
        {
            morning = AmsterdamTime.ToUtc(days.Add(today, 1), SendTime);
        }

        if (morning < meetingStartsAtUtc)
        {
            return morning;
        }

        var soon = nowUtc.AddHours(fallbackHours);
        return soon < meetingStartsAtUtc ? soon : null;
    }
}
