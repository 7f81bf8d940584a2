using PmgBot.Core.Audit;
using PmgBot.Core.Outbox;
using PmgBot.Core.Register;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Actions;
using PmgBot.Core.Time;

namespace PmgBot.Tests.Features.Actions;

public sealed class DueDatePicksTests
{
    // Carnival Monday and Tuesday 2027, closing days of a Limburg municipality.
    private static readonly WorkingDays Limburg = new([new DateOnly(2027, 2, 8), new DateOnly(2027, 2, 9)]);

    public static TheoryData<string, string, string?, string> Cases => new()
    {
        // today, working days, next JPP, expected picks (value=title, | separated)
        { "2026-12-01", "national", "2026-12-15",
            "2026-12-08=binnen een week (dinsdag 8 december)|2026-12-15=binnen twee weken (dinsdag 15 december)|2026-12-14=voor de volgende JPP (maandag 14 december)" },
        // Christmas and New Year: 25 and 26 December and 1 January are no working days.
        { "2026-12-23", "national", "2027-01-12",
            "2026-12-31=binnen een week (donderdag 31 december)|2027-01-08=binnen twee weken (vrijdag 8 januari)|2027-01-11=voor de volgende JPP (maandag 11 januari)" },
        // Carnival closing days in Limburg, not nationally.
        { "2027-02-04", "limburg", null, "2027-02-15=binnen een week (maandag 15 februari)|2027-02-22=binnen twee weken (maandag 22 februari)" },
        { "2027-02-04", "national", null, "2027-02-11=binnen een week (donderdag 11 februari)|2027-02-18=binnen twee weken (donderdag 18 februari)" },
        // Easter 2027: Goede Vrijdag 26 March and Tweede Paasdag 29 March; Koningsdag 27 April; 5 May every year.
        { "2027-03-24", "national", "2027-03-30",
            "2027-04-02=binnen een week (vrijdag 2 april)|2027-04-09=binnen twee weken (vrijdag 9 april)|2027-03-25=voor de volgende JPP (donderdag 25 maart)" },
        { "2027-04-26", "national", "2027-05-06",
            "2027-05-04=binnen een week (dinsdag 4 mei)|2027-05-13=binnen twee weken (donderdag 13 mei)|2027-05-04=voor de volgende JPP (dinsdag 4 mei)" },
        // The next JPP is tomorrow: "before the next JPP" would be today or earlier, so it is not offered.
        { "2026-12-14", "national", "2026-12-15", "2026-12-21=binnen een week (maandag 21 december)|2026-12-29=binnen twee weken (dinsdag 29 december)" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void For_TodayAndNextMeeting_PicksCountWorkingDays(string today, string days, string? nextMeeting, string expected)
    {
        var picks = DueDatePicks.For(
            DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture),
            days == "limburg" ? Limburg : WorkingDays.National,
            nextMeeting is null ? null : DateOnly.Parse(nextMeeting, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, string.Join("|", picks.Select(p => p.Value + "=" + p.Title)));
    }

    public static TheoryData<string, string, string?, string> Defaults => new()
    {
        // today, working days, next JPP, expected default
        { "2026-12-01", "national", "2026-12-15", "2026-12-14" }, // before the next JPP, where the owner reports back
        { "2026-12-01", "national", "2027-01-12", "2027-01-11" }, // also when it is further than two weeks
        { "2027-04-26", "national", "2027-05-06", "2027-05-04" }, // exactly a working week: still before the next JPP
        { "2026-12-01", "national", "2026-12-07", "2026-12-15" }, // before it would be Friday the 4th, under a working week: two weeks
        { "2026-12-14", "national", "2026-12-15", "2026-12-29" }, // the next JPP tomorrow: no such pick, two weeks
        { "2027-02-04", "limburg", null, "2027-02-22" },          // no meeting planned: two weeks, carnival skipped
    };

    [Theory]
    [MemberData(nameof(Defaults))]
    public void Default_TodayAndNextMeeting_BeforeTheNextJppWhenAWorkingWeekAwayElseTwoWeeksAndAlwaysOneOfThePicks(
        string today, string days, string? nextMeeting, string expected)
    {
        var day = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);
        var workingDays = days == "limburg" ? Limburg : WorkingDays.National;
        var next = nextMeeting is null ? (DateOnly?)null : DateOnly.Parse(nextMeeting, System.Globalization.CultureInfo.InvariantCulture);

        var value = DueDatePicks.Default(day, workingDays, next).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, value);
        Assert.Contains(value, DueDatePicks.For(day, workingDays, next).Select(p => p.Value));
    }
}
