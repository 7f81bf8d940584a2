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
}
