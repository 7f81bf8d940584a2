using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Audit;
using PmgBot.Core.Features.Meetings;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Features.Meetings.Series;
using PmgBot.Core.Register;
using PmgBot.Tests.Integration;
using PmgBot.Tests.Features.Register;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Meetings.Series;

/// <summary>
/// Planning meetings from the series on both providers, with the test database's clock (2026-11-22 08:00 UTC, a
/// Sunday, unless moved): times in UTC from Amsterdam wall-clock time, idempotent, days off flagged with a proposal,
/// cancelled dates handing their agenda to the next meeting, started meetings never touched.
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class MeetingSeriesPlannerTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task PlanAllAsync_FreshSeries_AddsTheMeetingsOfTheNextEightWeeksAndASecondRunChangesNothing(StorageProvider provider)
    {
        await using var database = await CreateAsync(provider, SeriesImportFiles.Row());

        var first = await MeetingTestServices.PlanAsync(database);
        var afterFirst = await MeetingsAsync(database);
        var second = await MeetingTestServices.PlanAsync(database);

        Assert.Equal(new MeetingPlanResult(3, 0, 0, 0), first);
        Assert.Equal(
        [
            ("2026-12-01", "2026-12-01T12:30:00Z", "2026-12-01T15:30:00Z"),
            ("2026-12-15", "2026-12-15T12:30:00Z", "2026-12-15T15:30:00Z"),
            // 29 December is cancelled; 26 January is beyond the eight weeks.
            ("2027-01-12", "2027-01-12T12:30:00Z", "2027-01-12T15:30:00Z"),
        ], afterFirst.Select(m => (Iso(m.SeriesDate), IsoUtc(m.StartsAtUtc), IsoUtc(m.EndsAtUtc!.Value))));
        Assert.All(afterFirst, m =>
        {
            Assert.False(m.OnDayOff);
            Assert.Null(m.DayOffName);
            Assert.Null(m.ProposedStartsAtUtc);
        });
        Assert.Equal(MeetingPlanResult.None, second);
        Assert.Equal(afterFirst.Select(m => (m.Id, m.StartsAtUtc)), (await MeetingsAsync(database)).Select(m => (m.Id, m.StartsAtUtc)));
        await using var db = database.CreateContext();
        var audit = await db.AuditEvents.SingleAsync(e => e.Action == MeetingAuditActions.Plan);
        Assert.Equal(("system", "jpp=jpp-heerlen added=3 updated=0 removed=0 dayoff=0"), (audit.Actor, audit.Detail));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task PlanAllAsync_WeeklySeriesOverEasterAndSummerTime_FlagsDaysOffWithTheNextWorkingDay(StorageProvider provider)
    {
        await using var database = await CreateAsync(provider, SeriesImportFiles.Row(
            ("weekday", "\"maandag\""), ("everyWeeks", "1"), ("anchorDate", "\"2027-03-01\""), ("cancelledDates", null), ("closingDays", "[\"2027-04-19\"]")));
        database.Clock.Now = new DateTimeOffset(2027, 3, 1, 13, 0, 0, TimeSpan.Zero); // today's meeting (12:30 UTC) has started

        var result = await MeetingTestServices.PlanAsync(database, new MeetingOptions { PlanWeeksAhead = 7 });

        Assert.Equal(new MeetingPlanResult(7, 0, 0, 2), result);
        Assert.Equal(
        [
            ("2027-03-08", "2027-03-08T12:30:00Z", null, null),
            ("2027-03-15", "2027-03-15T12:30:00Z", null, null),
            ("2027-03-22", "2027-03-22T12:30:00Z", null, null),
            // The Monday after the switch to summer time is Tweede Paasdag: 13:30 is now 11:30 UTC, proposed for Tuesday.
            ("2027-03-29", "2027-03-29T11:30:00Z", "Tweede Paasdag", "2027-03-30T11:30:00Z"),
            ("2027-04-05", "2027-04-05T11:30:00Z", null, null),
            ("2027-04-12", "2027-04-12T11:30:00Z", null, null),
            ("2027-04-19", "2027-04-19T11:30:00Z", "sluitingsdag gemeente", "2027-04-20T11:30:00Z"),
        ], (await MeetingsAsync(database)).Select(m => (Iso(m.SeriesDate), IsoUtc(m.StartsAtUtc), m.DayOffName,
            m.ProposedStartsAtUtc is { } p ? IsoUtc(p) : null)));
        Assert.Equal(2, (await MeetingsAsync(database)).Count(m => m.OnDayOff));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task PlanAllAsync_DateCancelledLater_HandsItsAgendaToTheNextMeetingAndRemovesIt(StorageProvider provider)
    {
        await using var database = await CreateAsync(provider, SeriesImportFiles.Row());
        await MeetingTestServices.PlanAsync(database);
        var cancelled = (await MeetingsAsync(database)).Single(m => m.SeriesDate == new DateOnly(2026, 12, 15));
        var (youthId, reportId) = await AddScreenedYouthAsync(database, cancelled.Id);

        Assert.True((await MeetingTestServices.ImportAsync(database, SeriesImportFiles.Only(SeriesImportFiles.Row(("cancelledDates", "[\"2026-12-15\"]")))))
            .Succeeded);
        var result = await MeetingTestServices.PlanAsync(database);

        Assert.Equal(new MeetingPlanResult(1, 0, 1, 0), result);
        var meetings = await MeetingsAsync(database);
        Assert.Equal(["2026-12-01", "2026-12-29", "2027-01-12"], meetings.Select(m => Iso(m.SeriesDate)));
        var next = meetings.Single(m => m.SeriesDate == new DateOnly(2026, 12, 29));
        await using var db = database.CreateContext();
        Assert.Equal(next.Id, (await db.Reports.SingleAsync(r => r.Id == reportId)).AgendaMeetingId);
        var item = await db.Set<MeetingAgendaItem>().SingleAsync();
        Assert.Equal((next.Id, youthId, AgendaItemSources.Screening | AgendaItemSources.Moved), (item.MeetingId, item.YouthId!.Value, item.Sources));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task PlanAllAsync_MeetingMadeByHandAtASeriesTime_IsTakenOverNotDoubled(StorageProvider provider)
    {
        await using var database = await CreateAsync(provider, SeriesImportFiles.Row());
        await using (var db = database.CreateContext())
        {
            db.JppMeetings.Add(new JppMeeting { JppId = "jpp-heerlen", StartsAtUtc = new DateTime(2026, 12, 1, 12, 30, 0, DateTimeKind.Utc) });
            db.JppMeetings.Add(new JppMeeting { JppId = "jpp-heerlen", StartsAtUtc = new DateTime(2026, 12, 8, 12, 30, 0, DateTimeKind.Utc) });
            await db.SaveChangesAsync();
        }

        var result = await MeetingTestServices.PlanAsync(database);

        Assert.Equal(new MeetingPlanResult(2, 1, 0, 0), result);
        Assert.Equal(
            [("2026-12-01", "2026-12-01T12:30:00Z"), ("", "2026-12-08T12:30:00Z"), ("2026-12-15", "2026-12-15T12:30:00Z"), ("2027-01-12", "2027-01-12T12:30:00Z")],
            (await MeetingsAsync(database)).Select(m => (Iso(m.SeriesDate), IsoUtc(m.StartsAtUtc))));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task PlanAllAsync_StartTimeChanged_MovesFutureMeetingsAndLeavesTheStartedOne(StorageProvider provider)
    {
        await using var database = await CreateAsync(provider, SeriesImportFiles.Row());
        await MeetingTestServices.PlanAsync(database);
        database.Clock.Now = new DateTimeOffset(2026, 12, 1, 13, 0, 0, TimeSpan.Zero);
        Assert.True((await MeetingTestServices.ImportAsync(database, SeriesImportFiles.Only(SeriesImportFiles.Row(("startTime", "\"09:00\""), ("minutes", "120"))))).Succeeded);

        var result = await MeetingTestServices.PlanAsync(database);

        Assert.Equal(new MeetingPlanResult(1, 2, 0, 0), result);
        Assert.Equal(
        [
            ("2026-12-01", "2026-12-01T12:30:00Z", "2026-12-01T15:30:00Z"),
            ("2026-12-15", "2026-12-15T08:00:00Z", "2026-12-15T10:00:00Z"),
            ("2027-01-12", "2027-01-12T08:00:00Z", "2027-01-12T10:00:00Z"),
            ("2027-01-26", "2027-01-26T08:00:00Z", "2027-01-26T10:00:00Z"),
        ], (await MeetingsAsync(database)).Select(m => (Iso(m.SeriesDate), IsoUtc(m.StartsAtUtc), IsoUtc(m.EndsAtUtc!.Value))));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task PlanAllAsync_TwoPlannersAtOnce_OneMeetingPerSeriesDate(StorageProvider provider)
    {
        await using var database = await CreateAsync(provider, SeriesImportFiles.Row());

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => MeetingTestServices.PlanAsync(database))));

        Assert.Equal(3, results.Sum(r => r.Added));
        Assert.Equal(["2026-12-01", "2026-12-15", "2027-01-12"], (await MeetingsAsync(database)).Select(m => Iso(m.SeriesDate)));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task PlanAllAsync_NoSeries_ChangesNothing(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await RegisterTestData.ImportTestDirectoryAsync(database.Services);

        Assert.Equal(MeetingPlanResult.None, await MeetingTestServices.PlanAsync(database));
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.JppMeetings.CountAsync());
    }

    private async Task<TestDatabase> CreateAsync(StorageProvider provider, string seriesRow)
    {
        var database = await TestDatabase.CreateAsync(provider, postgres);
        var result = await MeetingTestServices.ImportAsync(database, SeriesImportFiles.WithDirectory(seriesRow));
        Assert.True(result.Succeeded, result.Describe());
        return database;
    }

    /// <summary>A youth of JPP Heerlen with a report screened onto <paramref name="meetingId"/> and its agenda item.</summary>
    internal static async Task<(long YouthId, long ReportId)> AddScreenedYouthAsync(TestDatabase database, long meetingId)
    {
        await using var db = database.CreateContext();
        var youth = RegisterTestData.Youth("PMG-J-0101", "Fictief", null, "Testkind", new DateOnly(2011, 4, 1));
        db.Youths.Add(youth);
        await db.SaveChangesAsync();
        var report = RegisterTestData.Report("PMG-2026-00101", TestDirectory.Melder, "voorbeeldschool", youth.Id, RegisterTestData.Start, meetingId);
        report.Status = ReportStatus.OpAgendaJpp;
        db.Reports.Add(report);
        db.Set<MeetingAgendaItem>().Add(new MeetingAgendaItem
        {
            MeetingId = meetingId,
            YouthId = youth.Id,
            Sources = AgendaItemSources.Screening,
            AddedAtUtc = RegisterTestData.Start,
        });
        await db.SaveChangesAsync();
        return (youth.Id, report.Id);
    }

    private static async Task<List<JppMeeting>> MeetingsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.JppMeetings.AsNoTracking().OrderBy(m => m.StartsAtUtc).ToListAsync();
    }

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static string IsoUtc(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
