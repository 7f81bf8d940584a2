using PmgBot.Core.Audit;
using PmgBot.Core.Outbox;
using PmgBot.Core.Register;
using PmgBot.Core.Directory;
using System.ComponentModel.DataAnnotations;
using PmgBot.Core.Features.Actions.Reminders;
using PmgBot.Core.Time;

namespace PmgBot.Tests.Features.Actions;

public sealed class ReminderPlannerTests
{
    private static readonly ReminderPlanner Planner = new(new ReminderOptions());

    // Carnival Monday and Tuesday 2027, closing days of a Limburg municipality.
    private static readonly WorkingDays Limburg = new([new DateOnly(2027, 2, 8), new DateOnly(2027, 2, 9)]);

    public static TheoryData<string, string, string, string> Cases => new()
    {
        // due date, Amsterdam wall clock now, working days, expected sent keys (| separated)
        { "2026-12-07", "2026-12-03 08:30", "national", "a:before-due" },
        { "2026-12-07", "2026-12-03 08:29", "national", "" },
        { "2026-12-07", "2026-12-03 17:59", "national", "a:before-due" },
        { "2026-12-07", "2026-12-03 18:00", "national", "" },
        { "2026-12-07", "2026-12-04 07:59", "national", "" },
        { "2026-12-07", "2026-12-02 12:00", "national", "" },
        { "2026-12-07", "2026-12-04 10:00", "national", "a:before-due" },
        { "2026-12-07", "2026-12-05 10:00", "national", "" },
        { "2026-12-07", "2026-12-07 08:30", "national", "a:due-day" },
        { "2026-12-07", "2026-12-08 09:00", "national", "a:overdue:2026-12-08" },
        { "2026-12-07", "2026-12-09 09:00", "national", "a:overdue:2026-12-09" },
        { "2026-12-07", "2026-12-10 09:00", "national", "a:overdue:2026-12-10|a:overdue-chair" },
        { "2026-12-07", "2026-12-14 09:00", "national", "a:overdue:2026-12-14|a:overdue-chair" },
        { "2026-12-07", "2026-12-12 09:00", "national", "" },
        // Due on Christmas: the due day is the next working day (Monday 28th), before-due two working days before the 25th.
        { "2026-12-25", "2026-12-23 08:30", "national", "a:before-due" },
        { "2026-12-25", "2026-12-24 16:00", "national", "a:before-due" },
        { "2026-12-25", "2026-12-25 10:00", "national", "" },
        { "2026-12-25", "2026-12-28 08:30", "national", "a:due-day" },
        { "2026-12-25", "2026-12-29 08:30", "national", "a:overdue:2026-12-29" },
        { "2026-12-25", "2026-12-31 08:30", "national", "a:overdue:2026-12-31|a:overdue-chair" },
        { "2026-12-25", "2027-01-01 08:30", "national", "" },
        // Goede Vrijdag and Tweede Paasdag 2027 (Easter 28 March).
        { "2027-03-26", "2027-03-26 10:00", "national", "" },
        { "2027-03-26", "2027-03-29 10:00", "national", "" },
        { "2027-03-26", "2027-03-30 08:30", "national", "a:due-day" },
        // 5 May is a holiday every year (2027: then Hemelvaartsdag on the 6th); Koningsdag 2027 on Tuesday 27 April.
        { "2027-05-05", "2027-05-05 09:00", "national", "" },
        { "2027-05-05", "2027-05-06 09:00", "national", "" },
        { "2027-05-05", "2027-05-07 09:00", "national", "a:due-day" },
        { "2027-04-27", "2027-04-27 09:00", "national", "" },
        { "2027-04-27", "2027-04-28 09:00", "national", "a:due-day" },
        // Carnival: closing days where configured, working days elsewhere.
        { "2027-02-09", "2027-02-08 10:00", "limburg", "" },
        { "2027-02-09", "2027-02-08 10:00", "national", "a:before-due" },
        { "2027-02-09", "2027-02-09 10:00", "national", "a:due-day" },
        { "2027-02-09", "2027-02-10 08:30", "limburg", "a:due-day" },
        { "2027-02-09", "2027-02-04 08:30", "limburg", "a:before-due" },
        { "2027-02-09", "2027-02-04 08:30", "national", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Due_AmsterdamMoment_TheRemindersOfThatMoment(string dueDate, string localNow, string days, string expected)
    {
        var now = Local(localNow);

        var due = Planner.Due("a", DateOnly.Parse(dueDate, System.Globalization.CultureInfo.InvariantCulture), now, days == "limburg" ? Limburg : WorkingDays.National);

        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries), due.Select(r => r.SentKey));
    }

    [Theory]
    [InlineData("2027-03-30T06:29:00Z", "")]
    [InlineData("2027-03-30T06:30:00Z", "a:due-day")]
    [InlineData("2027-03-30T15:59:00Z", "a:due-day")]
    [InlineData("2027-03-30T16:00:00Z", "")]
    [InlineData("2026-12-07T07:29:00Z", "")]
    [InlineData("2026-12-07T07:30:00Z", "a:due-day")]
    [InlineData("2026-12-07T16:59:00Z", "a:due-day")]
    [InlineData("2026-12-07T17:00:00Z", "")]
    public void Due_UtcMomentsAroundSummerAndWinterTime_SendingHoursFollowAmsterdam(string utc, string expected)
    {
        var dueDate = DateOnly.FromDateTime(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal));

        var due = Planner.Due("a", dueDate, DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), WorkingDays.National);

        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries), due.Select(r => r.SentKey));
    }

    [Theory]
    [InlineData("2026-12-04 08:30", "national", "2026-12-08")]
    [InlineData("2026-12-24 08:30", "national", "2026-12-29")]     // Christmas Friday and Saturday, then the weekend
    [InlineData("2027-02-04 08:30", "national", "2027-02-08")]
    [InlineData("2027-02-04 08:30", "limburg", "2027-02-10")]      // carnaval Monday and Tuesday closed
    [InlineData("2027-02-05 17:59", "limburg", "2027-02-11")]
    [InlineData("2027-02-08 10:00", "national", "2027-02-10")]
    [InlineData("2027-02-08 10:00", "limburg", null)]              // a closing day
    [InlineData("2026-12-05 10:00", "national", null)]             // Saturday
    [InlineData("2026-12-03 08:29", "national", null)]
    [InlineData("2026-12-03 18:00", "national", null)]
    public void LatestDueDate_Moment_TheLastDueDateInItsBeforeDueWindow(string localNow, string days, string? expected)
    {
        var latest = Planner.LatestDueDate(Local(localNow), days == "limburg" ? Limburg : WorkingDays.National);

        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), latest);
    }

    /// <summary>
    /// The sweep reads only the items due up to <see cref="ReminderPlanner.LatestDueDate"/>: at every morning, noon and
    /// evening of fourteen months (Christmas, Easter, carnaval where closed and where not), with one, two and five working
    /// days before, no due date after it has a reminder due, and the date itself has its before-due note (the bound is
    /// not wider than it must be); outside the sending hours nothing is due at all.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void LatestDueDate_EveryMomentOfFourteenMonths_BoundsEveryReminderDueAndIsTight(int workingDaysBefore)
    {
        var planner = new ReminderPlanner(new ReminderOptions { WorkingDaysBefore = workingDaysBefore });
        foreach (var days in new[] { WorkingDays.National, Limburg })
        {
            for (var today = new DateOnly(2026, 11, 1); today <= new DateOnly(2027, 12, 31); today = today.AddDays(1))
            {
                foreach (var time in new[] { new TimeOnly(7, 59), new TimeOnly(8, 30), new TimeOnly(12, 0), new TimeOnly(18, 0) })
                {
                    var now = new DateTimeOffset(AmsterdamTime.ToUtc(today, time), TimeSpan.Zero);
                    var latest = planner.LatestDueDate(now, days);
                    for (var due = today.AddDays(-10); due <= today.AddDays(40); due = due.AddDays(1))
                    {
                        if (planner.Due("a", due, now, days) is { Count: > 0 } reminders && !(due <= latest))
                        {
                            Assert.Fail($"{today} {time}: due {due} has {reminders[0].SentKey}, bound {latest}");
                        }
                    }

                    if (latest is { } bound && bound > today)
                    {
                        Assert.Contains(planner.Due("a", bound, now, days), r => r.Kind == ReminderKind.BeforeDue);
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData("2026-12-07 08:30", "c:week:2026-W50")]
    [InlineData("2026-12-07 08:29", null)]
    [InlineData("2026-12-09 11:00", "c:week:2026-W50")]
    [InlineData("2026-12-12 11:00", null)]
    [InlineData("2027-03-29 09:00", null)]
    [InlineData("2027-03-30 09:00", "c:week:2027-W13")]
    [InlineData("2027-01-04 09:00", "c:week:2027-W01")]
    [InlineData("2026-12-28 09:00", "c:week:2026-W53")]
    public void WeeklyOverview_Moment_DueFromTheFirstWorkingMorningOfTheWeek(string localNow, string? expected)
    {
        var due = Planner.WeeklyOverview("c", Local(localNow), WorkingDays.National);

        Assert.Equal(expected, due?.SentKey);
    }

    [Theory]
    [InlineData("08:30", "18:00", "08:00", true)]
    [InlineData("07:30", "18:00", "08:00", false)]
    [InlineData("18:00", "18:00", "08:00", false)]
    [InlineData("09:00", "08:00", "18:00", false)]
    public void Validate_Times_SendAtOutsideQuietHoursRequired(string sendAt, string quietFrom, string quietUntil, bool valid)
    {
        var options = new ReminderOptions
        {
            SendAt = TimeOnly.Parse(sendAt, System.Globalization.CultureInfo.InvariantCulture),
            QuietFrom = TimeOnly.Parse(quietFrom, System.Globalization.CultureInfo.InvariantCulture),
            QuietUntil = TimeOnly.Parse(quietUntil, System.Globalization.CultureInfo.InvariantCulture),
        };

        var results = new List<ValidationResult>();
        Assert.Equal(valid, Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
    }

    private static DateTimeOffset Local(string wallClock)
    {
        var local = DateTime.ParseExact(wallClock, "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return new DateTimeOffset(AmsterdamTime.ToUtc(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local)), TimeSpan.Zero);
    }
}
