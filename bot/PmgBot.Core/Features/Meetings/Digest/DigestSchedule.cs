using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>
/// When a meeting's digest is due (pure): at 09:00 in Amsterdam, a number of working days before the meeting's day in
/// Amsterdam. Working days leave out weekends, the national holidays and the municipality's closing days, so a digest
/// two working days before a Tuesday after Easter Monday goes out on the Thursday before.
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
}
