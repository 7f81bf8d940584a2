using PmgBot.Jobs;
using PmgBot.Core.Outbox;
using PmgBot.Core.Register;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Meetings.Digest;

namespace PmgBot.Tests.Features.Meetings.Digest;

/// <summary>When the digest is due: 09:00 in Amsterdam, N working days before the meeting's day (weekends, holidays, closing days skipped).</summary>
public sealed class DigestScheduleTests
{
    public static TheoryData<string, string, int, string[], string> Cases => new()
    {
        // name, meeting start (UTC), working days, closing days, due (UTC)
        { "tuesday in winter: friday 09:00 CET", "2026-12-01T12:30:00Z", 2, [], "2026-11-27T08:00:00Z" },
        { "one working day: monday", "2026-12-01T12:30:00Z", 1, [], "2026-11-30T08:00:00Z" },
        { "summer time: 09:00 CEST is 07:00 UTC", "2027-04-06T11:30:00Z", 2, [], "2027-04-02T07:00:00Z" },
        { "the week the clocks go forward, over Easter: Goede Vrijdag and Tweede Paasdag skipped", "2027-03-30T11:30:00Z", 2, [], "2027-03-24T08:00:00Z" },
        { "the Monday after the switch (Tweede Paasdag 2027 is 29 March)", "2027-03-31T11:30:00Z", 1, [], "2027-03-30T07:00:00Z" },
        { "the clocks go back in the week: due in summer time for a meeting in winter time", "2026-10-27T12:30:00Z", 2, [], "2026-10-23T07:00:00Z" },
        { "carnival closing days of the municipality skipped", "2027-02-10T12:30:00Z", 2, ["2027-02-08", "2027-02-09"], "2027-02-04T08:00:00Z" },
        { "Koningsdag (Tuesday 27 April 2027) skipped", "2027-04-29T11:30:00Z", 2, [], "2027-04-26T07:00:00Z" },
        { "three working days across Christmas", "2026-12-29T12:30:00Z", 3, [], "2026-12-23T08:00:00Z" },
        { "a meeting at 08:30 has its digest the day before, not at the meeting's day", "2026-12-01T07:30:00Z", 1, [], "2026-11-30T08:00:00Z" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void DueAtUtc_Meeting_NineOClockAmsterdamWorkingDaysBefore(string name, string meetingStart, int days, string[] closing, string expected)
    {
        var due = DigestSchedule.DueAtUtc(
            DateTime.Parse(meetingStart, null, System.Globalization.DateTimeStyles.AdjustToUniversal),
            days,
            [.. closing.Select(DateOnly.Parse)]);

        Assert.True(DateTime.Parse(expected, null, System.Globalization.DateTimeStyles.AdjustToUniversal) == due, $"{name}: {due:O}");
        Assert.Equal(DateTimeKind.Utc, due.Kind);
    }

    public static TheoryData<string, string, string, string[], string?> RemindCases => new()
    {
        // name, now (UTC), meeting start (UTC), closing days, reminder (UTC; null: too late)
        { "thursday 11:00: friday 09:00 CET", "2026-12-03T10:00:00Z", "2026-12-08T12:30:00Z", [], "2026-12-04T08:00:00Z" },
        { "thursday 07:00: today 09:00", "2026-12-03T06:00:00Z", "2026-12-08T12:30:00Z", [], "2026-12-03T08:00:00Z" },
        { "thursday 09:00 exactly: friday", "2026-12-03T08:00:00Z", "2026-12-08T12:30:00Z", [], "2026-12-04T08:00:00Z" },
        { "friday afternoon: monday", "2026-12-04T14:00:00Z", "2026-12-08T12:30:00Z", [], "2026-12-07T08:00:00Z" },
        { "saturday: monday", "2026-12-05T10:00:00Z", "2026-12-08T12:30:00Z", [], "2026-12-07T08:00:00Z" },
        { "christmas eve: over Christmas and the weekend to monday 28", "2026-12-24T12:00:00Z", "2026-12-29T12:30:00Z", [], "2026-12-28T08:00:00Z" },
        { "carnival closing days skipped", "2027-02-05T12:00:00Z", "2027-02-11T12:30:00Z", ["2027-02-08", "2027-02-09"], "2027-02-10T08:00:00Z" },
        { "Goede Vrijdag, the clocks go forward and Tweede Paasdag: tuesday 09:00 CEST", "2027-03-26T09:00:00Z", "2027-03-30T11:30:00Z", [], "2027-03-30T07:00:00Z" },
        { "the meeting comes before the next morning: in three hours", "2026-12-07T12:00:00Z", "2026-12-08T07:30:00Z", [], "2026-12-07T15:00:00Z" },
        { "the meeting is the next morning at 09:00: in three hours", "2026-12-07T12:00:00Z", "2026-12-08T08:00:00Z", [], "2026-12-07T15:00:00Z" },
        { "within three hours of the meeting: too late", "2026-12-08T06:00:00Z", "2026-12-08T07:30:00Z", [], null },
    };

    [Theory]
    [MemberData(nameof(RemindCases))]
    public void RemindAtUtc_Now_NextWorkingMorningElseInThreeHoursElseNone(string name, string now, string meetingStart, string[] closing, string? expected)
    {
        var at = DigestSchedule.RemindAtUtc(
            DateTime.Parse(now, null, System.Globalization.DateTimeStyles.AdjustToUniversal),
            DateTime.Parse(meetingStart, null, System.Globalization.DateTimeStyles.AdjustToUniversal),
            [.. closing.Select(DateOnly.Parse)],
            fallbackHours: 3);

        Assert.True(
            (expected is null ? null : DateTime.Parse(expected, null, System.Globalization.DateTimeStyles.AdjustToUniversal)) == at,
            $"{name}: {at:O}");
    }
}
