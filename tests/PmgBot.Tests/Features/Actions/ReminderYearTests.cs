using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using PmgBot.Core.Features.Actions.Reminders;
using PmgBot.Core.Time;

namespace PmgBot.Tests.Features.Actions;

/// <summary>
/// A whole year of the reminder job: a <see cref="FakeTimeProvider"/> walks from Monday 30 December 2030 to
/// 1 January 2032 in the job's 15-minute steps and asks <see cref="ReminderPlanner"/> at every step, as the sweep does,
/// what is due for a set of open items (and a chair's weekly overview); a sent key counts once (the store's unique key).
/// 2031 has all the hard cases: Koningsdag on Saturday the 26th (the 27th is a Sunday), 5 May on a Monday, Goede
/// Vrijdag and both Mondays of Easter and Whitsun, Hemelvaartsdag, Christmas on Thursday and Friday, summer time from
/// 30 March and winter time from 26 October, carnaval Monday and Tuesday (24 and 25 February) as closing days of one
/// JPP, items that appear in the quiet hours, at the weekend and before 08:30, and the bot down for a day and a half.
/// Every expected moment is written out by hand with its UTC offset.
/// </summary>
public sealed class ReminderYearTests
{
    private const string Cet = "+01:00";
    private const string Cest = "+02:00";

    private static readonly DateTimeOffset WalkStart = Moment("2030-12-30 00:00", Cet);
    private static readonly DateTimeOffset WalkEnd = Moment("2032-01-01 00:00", Cet);
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(15);

    /// <summary>Carnaval Monday and Tuesday 2031: closing days of the JPP's municipality (its meeting series).</summary>
    private static readonly WorkingDays Carnaval = new([new DateOnly(2031, 2, 24), new DateOnly(2031, 2, 25)]);

    /// <summary>The bot is down from the start until the end of each interval (the job does not run).</summary>
    private static readonly (DateTimeOffset From, DateTimeOffset Until)[] Down =
    [
        (Moment("2031-10-08 07:00", Cest), Moment("2031-10-09 14:00", Cest)),
        (Moment("2031-11-17 00:00", Cet), Moment("2031-11-17 11:30", Cet)),
    ];

    /// <summary>The open items: key, due date, the JPP's working days, open from (null: the walk's start) until ticked off (null: never).</summary>
    private static readonly (string Key, string Due, WorkingDays Days, DateTimeOffset? From, DateTimeOffset? Until)[] Items =
    [
        ("nieuwjaar", "2031-01-01", WorkingDays.National, null, Moment("2031-01-06 12:00", Cet)),
        ("carnaval", "2031-02-25", Carnaval, null, Moment("2031-02-26 10:00", Cet)),
        ("carnaval-landelijk", "2031-02-25", WorkingDays.National, null, Moment("2031-02-25 10:00", Cet)),
        ("zomertijd", "2031-03-31", WorkingDays.National, null, Moment("2031-03-31 09:00", Cest)),
        ("pasen", "2031-04-11", WorkingDays.National, null, Moment("2031-04-17 12:00", Cest)),
        ("koningsdag", "2031-04-27", WorkingDays.National, null, Moment("2031-04-28 09:00", Cest)),
        ("bevrijdingsdag", "2031-05-05", WorkingDays.National, null, Moment("2031-05-06 09:00", Cest)),
        ("hemelvaart", "2031-05-22", WorkingDays.National, null, Moment("2031-05-23 10:00", Cest)),
        ("pinksteren", "2031-06-02", WorkingDays.National, null, Moment("2031-06-03 10:00", Cest)),
        ("stille-uren", "2031-07-02", WorkingDays.National, Moment("2031-07-01 19:00", Cest), Moment("2031-07-02 12:00", Cest)),
        ("voor-half-negen", "2031-07-08", WorkingDays.National, Moment("2031-07-04 07:00", Cest), Moment("2031-07-08 12:00", Cest)),
        ("middag", "2031-07-15", WorkingDays.National, Moment("2031-07-11 12:05", Cest), Moment("2031-07-15 12:00", Cest)),
        ("weekend", "2031-07-14", WorkingDays.National, Moment("2031-07-12 10:00", Cest), Moment("2031-07-14 12:00", Cest)),
        ("storing", "2031-10-10", WorkingDays.National, null, Moment("2031-10-10 12:00", Cest)),
        ("wintertijd", "2031-10-27", WorkingDays.National, null, Moment("2031-10-28 12:00", Cet)),
        ("kerst", "2031-12-25", WorkingDays.National, null, null),
    ];

    /// <summary>Every reminder of the items and the moment it goes out (Amsterdam wall clock and offset).</summary>
    private static readonly (string Key, string Local, string Offset)[] ExpectedItemReminders =
    [
        // Due on New Year's Day: before-due two working days earlier (30 December), the due day moves to Thursday the
        // 2nd; overdue daily from Friday; the chair after three working days (2, 3 and 6 January).
        ("nieuwjaar:before-due", "2030-12-30 08:30", Cet),
        ("nieuwjaar:due-day", "2031-01-02 08:30", Cet),
        ("nieuwjaar:overdue:2031-01-03", "2031-01-03 08:30", Cet),
        ("nieuwjaar:overdue:2031-01-06", "2031-01-06 08:30", Cet),
        ("nieuwjaar:overdue-chair", "2031-01-06 08:30", Cet),

        // Due on carnaval Tuesday: where both carnaval days are closing days, two working days before is Thursday the
        // 20th and the due day is Ash Wednesday; elsewhere Friday the 21st and the Tuesday itself.
        ("carnaval:before-due", "2031-02-20 08:30", Cet),
        ("carnaval:due-day", "2031-02-26 08:30", Cet),
        ("carnaval-landelijk:before-due", "2031-02-21 08:30", Cet),
        ("carnaval-landelijk:due-day", "2031-02-25 08:30", Cet),

        // Summer time from Sunday 30 March: 08:30 is 07:30 UTC on Thursday and 06:30 UTC on Monday.
        ("zomertijd:before-due", "2031-03-27 08:30", Cet),
        ("zomertijd:due-day", "2031-03-31 08:30", Cest),

        // Due on Goede Vrijdag: the due day skips the weekend and Tweede Paasdag (Tuesday 15 April); the chair hears
        // after 15, 16 and 17 April.
        ("pasen:before-due", "2031-04-09 08:30", Cest),
        ("pasen:due-day", "2031-04-15 08:30", Cest),
        ("pasen:overdue:2031-04-16", "2031-04-16 08:30", Cest),
        ("pasen:overdue:2031-04-17", "2031-04-17 08:30", Cest),
        ("pasen:overdue-chair", "2031-04-17 08:30", Cest),

        // Due on Sunday 27 April: Koningsdag is Saturday the 26th, so Monday the 28th is an ordinary working day.
        ("koningsdag:before-due", "2031-04-24 08:30", Cest),
        ("koningsdag:due-day", "2031-04-28 08:30", Cest),

        // 5 May is a holiday every year (here a Monday).
        ("bevrijdingsdag:before-due", "2031-05-01 08:30", Cest),
        ("bevrijdingsdag:due-day", "2031-05-06 08:30", Cest),

        ("hemelvaart:before-due", "2031-05-20 08:30", Cest),
        ("hemelvaart:due-day", "2031-05-23 08:30", Cest),

        ("pinksteren:before-due", "2031-05-29 08:30", Cest),
        ("pinksteren:due-day", "2031-06-03 08:30", Cest),

        // Appears at 19:00 (quiet hours) the day before its due date: the before-due note is held back and then
        // superseded by the due-day note the next morning.
        ("stille-uren:due-day", "2031-07-02 08:30", Cest),

        // Appears at 07:00 on the first day of its before-due window: sent at 08:30, not in the quiet hours.
        ("voor-half-negen:before-due", "2031-07-04 08:30", Cest),
        ("voor-half-negen:due-day", "2031-07-08 08:30", Cest),

        // Appears at 12:05 inside its window: sent at the next run (12:15), not the next morning.
        ("middag:before-due", "2031-07-11 12:15", Cest),
        ("middag:due-day", "2031-07-15 08:30", Cest),

        // Appears on Saturday with its window already open: nothing at the weekend, the due-day note on Monday.
        ("weekend:due-day", "2031-07-14 08:30", Cest),

        // The bot is down from Wednesday 8 October 07:00 to Thursday 14:00: the before-due note is caught up once at
        // the first run after the restart.
        ("storing:before-due", "2031-10-09 14:00", Cest),
        ("storing:due-day", "2031-10-10 08:30", Cest),

        // Winter time from Sunday 26 October: 08:30 is 06:30 UTC on Thursday and 07:30 UTC on Monday.
        ("wintertijd:before-due", "2031-10-23 08:30", Cest),
        ("wintertijd:due-day", "2031-10-27 08:30", Cet),
        ("wintertijd:overdue:2031-10-28", "2031-10-28 08:30", Cet),

        // Due on Christmas Day (Thursday): both Christmas days and the weekend pass, due day Monday the 29th, the chair
        // after 29, 30 and 31 December; New Year's Day 2032 is a holiday again.
        ("kerst:before-due", "2031-12-23 08:30", Cet),
        ("kerst:due-day", "2031-12-29 08:30", Cet),
        ("kerst:overdue:2031-12-30", "2031-12-30 08:30", Cet),
        ("kerst:overdue:2031-12-31", "2031-12-31 08:30", Cet),
        ("kerst:overdue-chair", "2031-12-31 08:30", Cet),
    ];

    /// <summary>
    /// The weekly overview of the carnaval JPP's chair goes out on Monday at 08:30, except in these weeks: the first
    /// working morning after the closing days or holiday, or the first run after the bot came back.
    /// </summary>
    private static readonly Dictionary<DateOnly, DateTimeOffset> WeeklyExceptions = new()
    {
        [new DateOnly(2031, 2, 24)] = Moment("2031-02-26 08:30", Cet),   // carnaval Monday and Tuesday closed
        [new DateOnly(2031, 4, 14)] = Moment("2031-04-15 08:30", Cest),  // Tweede Paasdag
        [new DateOnly(2031, 5, 5)] = Moment("2031-05-06 08:30", Cest),   // Bevrijdingsdag
        [new DateOnly(2031, 6, 2)] = Moment("2031-06-03 08:30", Cest),   // Tweede Pinksterdag
        [new DateOnly(2031, 11, 17)] = Moment("2031-11-17 11:30", Cet),  // the bot was down until 11:30
    };

    /// <summary>The holidays of 2031 as the Algemene termijnenwet gives them, written out.</summary>
    private static readonly DateOnly[] Holidays2031 =
    [
        new(2031, 1, 1), new(2031, 4, 11), new(2031, 4, 14), new(2031, 4, 26), new(2031, 5, 5),
        new(2031, 5, 22), new(2031, 6, 2), new(2031, 12, 25), new(2031, 12, 26),
    ];

    private static readonly Lazy<Dictionary<string, DateTimeOffset>> Walked = new(Walk);

    [Fact]
    public void Due_WalkedThroughTheYear2031_EveryItemReminderOnceAtItsExactMoment()
    {
        var expected = ExpectedItemReminders.ToDictionary(e => e.Key, e => Moment(e.Local, e.Offset), StringComparer.Ordinal);
        var actual = Walked.Value.Where(s => !s.Key.StartsWith("chair:", StringComparison.Ordinal))
            .ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);

        AssertSame(expected, actual);
    }

    [Fact]
    public void WeeklyOverview_WalkedThroughTheYear2031_OncePerWeekOnTheFirstWorkingMorning()
    {
        var amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        var expected = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        for (var monday = new DateOnly(2030, 12, 30); monday <= new DateOnly(2031, 12, 29); monday = monday.AddDays(7))
        {
            var local = monday.ToDateTime(new TimeOnly(8, 30));
            var week = ISOWeek.GetYear(local).ToString(CultureInfo.InvariantCulture) + "-W" + ISOWeek.GetWeekOfYear(local).ToString("00", CultureInfo.InvariantCulture);
            expected["chair:week:" + week] = WeeklyExceptions.TryGetValue(monday, out var exception)
                ? exception
                : new DateTimeOffset(local, amsterdam.GetUtcOffset(local));
        }

        var actual = Walked.Value.Where(s => s.Key.StartsWith("chair:", StringComparison.Ordinal)).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);

        Assert.Equal(53, expected.Count);
        Assert.Contains("chair:week:2032-W01", expected.Keys);
        AssertSame(expected, actual);
    }

    [Fact]
    public void Due_WalkedThroughTheYear2031_NothingInQuietHoursAtWeekendsOrOnHolidays()
    {
        var amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

        foreach (var (key, at) in Walked.Value)
        {
            var local = TimeZoneInfo.ConvertTime(at, amsterdam);
            var day = DateOnly.FromDateTime(local.DateTime);
            var time = TimeOnly.FromDateTime(local.DateTime);
            Assert.True(time >= new TimeOnly(8, 30) && time < new TimeOnly(18, 0), $"{key} at {local:yyyy-MM-dd HH:mm zzz}: outside 08:30–18:00");
            Assert.True(day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"{key} at {local:yyyy-MM-dd HH:mm}: weekend");
            Assert.DoesNotContain(day, Holidays2031);
            if (key.StartsWith("carnaval:", StringComparison.Ordinal) || key.StartsWith("chair:", StringComparison.Ordinal))
            {
                Assert.False(day == new DateOnly(2031, 2, 24) || day == new DateOnly(2031, 2, 25), $"{key} on a carnaval closing day");
            }
        }
    }

    [Fact]
    public void DutchHolidays_Of2031_KoningsdagOnSaturdayBecauseThe27thIsASunday()
    {
        Assert.Equal(Holidays2031, DutchHolidays.Of(2031).Select(h => h.Date).Order());
        Assert.True(WorkingDays.National.IsWorkingDay(new DateOnly(2031, 4, 28)));
        Assert.False(WorkingDays.National.IsWorkingDay(new DateOnly(2031, 4, 26)));
    }

    /// <summary>The job's runs through the year: each sent key with the moment of the run that first found it due.</summary>
    private static Dictionary<string, DateTimeOffset> Walk()
    {
        var clock = new FakeTimeProvider(WalkStart);
        var planner = new ReminderPlanner(new ReminderOptions());
        var sent = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var items = Items.Select(i => (i.Key, Due: DateOnly.ParseExact(i.Due, "yyyy-MM-dd", CultureInfo.InvariantCulture), i.Days,
            From: i.From ?? WalkStart, Until: i.Until ?? DateTimeOffset.MaxValue)).ToList();
        for (var now = clock.GetUtcNow(); now < WalkEnd; clock.Advance(Step), now = clock.GetUtcNow())
        {
            if (Down.Any(d => now >= d.From && now < d.Until))
            {
                continue;
            }

            foreach (var item in items.Where(i => now >= i.From && now < i.Until))
            {
                foreach (var reminder in planner.Due(item.Key, item.Due, now, item.Days))
                {
                    sent.TryAdd(reminder.SentKey, now);
                }
            }

            if (planner.WeeklyOverview("chair", now, Carnaval) is { } weekly)
            {
                sent.TryAdd(weekly.SentKey, now);
            }
        }

        return sent;
    }

    private static void AssertSame(Dictionary<string, DateTimeOffset> expected, Dictionary<string, DateTimeOffset> actual)
    {
        var amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        string Show(KeyValuePair<string, DateTimeOffset> r) => $"{r.Key} @ {TimeZoneInfo.ConvertTime(r.Value, amsterdam):yyyy-MM-dd HH:mm zzz}";
        var missing = expected.Where(e => !actual.TryGetValue(e.Key, out var at) || at != e.Value).Select(Show).ToList();
        var extra = actual.Where(a => !expected.TryGetValue(a.Key, out var at) || at != a.Value).Select(Show).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"expected but not sent then:\n  {string.Join("\n  ", missing)}\nsent but not expected then:\n  {string.Join("\n  ", extra)}");
    }

    private static DateTimeOffset Moment(string local, string offset) =>
        DateTimeOffset.ParseExact(local + " " + offset, "yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
}
