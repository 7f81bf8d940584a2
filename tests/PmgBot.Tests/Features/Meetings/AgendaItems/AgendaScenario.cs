using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Register;
using PmgBot.Tests.Features.Meetings.Series;
using PmgBot.Tests.Integration;
using PmgBot.Tests.Features.Register;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Meetings.AgendaItems;

/// <summary>
/// JPP Heerlen on 2026-11-22 08:00 UTC (fictional youths, codes only in assertions): meetings planned from the series
/// (1 and 15 December, 12 January), two past meetings, and on the next meeting a screened youth, a screened group report,
/// a youth due for follow-up and one with an open escalation; a youth not due, one of JPP Brunssum, and a screened youth
/// on the meeting after next.
/// </summary>
internal sealed class AgendaScenario : IAsyncDisposable
{
    private AgendaScenario(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }
    public long Next { get; private set; }
    public long AfterNext { get; private set; }
    public long Later { get; private set; }

    /// <summary>PMG-J-0001: level geen, reported by the school onto the next meeting; jongerenwerk involved, Cas Regie casusregisseur.</summary>
    public long Screened { get; private set; }

    /// <summary>PMG-J-0002: groen, last discussed 50 days ago: due (six weeks); politie involved.</summary>
    public long Due { get; private set; }

    /// <summary>PMG-J-0003: escalated groen → oranje 10 days ago, last discussed 50 days ago; the municipality involved.</summary>
    public long Escalated { get; private set; }

    /// <summary>PMG-J-0004: groen, discussed 14 days ago: not due.</summary>
    public long NotDue { get; private set; }

    /// <summary>PMG-J-0005: JPP Brunssum.</summary>
    public long OtherJpp { get; private set; }

    /// <summary>PMG-2026-00102: a group report by the police onto the next meeting.</summary>
    public long GroupReport { get; private set; }

    public static async Task<AgendaScenario> CreateAsync(StorageProvider provider, PostgresServer postgres)
    {
        var scenario = new AgendaScenario(await TestDatabase.CreateAsync(provider, postgres));
        var imported = await MeetingTestServices.ImportAsync(scenario.Database, SeriesImportFiles.WithDirectory(SeriesImportFiles.Row()));
        Assert.True(imported.Succeeded, imported.Describe());
        await MeetingTestServices.PlanAsync(scenario.Database);
        await scenario.SeedAsync();
        return scenario;
    }

    public Task<ProfessionalProfile> ChairAsync() => MeetingTestServices.ProfileAsync(Database, TestDirectory.VoorzitterHeerlen);

    public async Task<T> WithAgendaAsync<T>(Func<IMeetingAgendaService, Task<T>> action)
    {
        await using var scope = Database.CreateScope();
        return await action(MeetingTestServices.Agenda(scope, Database));
    }

    public async Task<List<MeetingAgendaItem>> ItemsAsync(long meetingId)
    {
        await using var db = Database.CreateContext();
        return await db.Set<MeetingAgendaItem>().AsNoTracking().Where(i => i.MeetingId == meetingId).OrderBy(i => i.Id).ToListAsync();
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    private async Task SeedAsync()
    {
        var now = Database.Clock.Now.UtcDateTime;
        await using var db = Database.CreateContext();
        var meetings = await db.JppMeetings.Where(m => m.JppId == "jpp-heerlen").OrderBy(m => m.StartsAtUtc).Select(m => m.Id).ToListAsync();
        (Next, AfterNext, Later) = (meetings[0], meetings[1], meetings[2]);
        var longAgo = new JppMeeting { JppId = "jpp-heerlen", StartsAtUtc = now.AddDays(-50) };
        var recently = new JppMeeting { JppId = "jpp-heerlen", StartsAtUtc = now.AddDays(-14) };
        db.JppMeetings.AddRange(longAgo, recently);

        var screened = RegisterTestData.Youth("PMG-J-0001", "Fictief", null, "Een", new DateOnly(2011, 1, 1), level: YouthLevel.Geen,
            casusregisseurId: TestDirectory.Casusregisseur);
        var due = RegisterTestData.Youth("PMG-J-0002", "Fictief", null, "Twee", new DateOnly(2011, 1, 2), levelSinceUtc: now.AddDays(-100));
        var escalated = RegisterTestData.Youth("PMG-J-0003", "Fictief", null, "Drie", new DateOnly(2011, 1, 3), level: YouthLevel.Oranje,
            procesregisseurId: TestDirectory.ProcesregisseurHeerlen, levelSinceUtc: now.AddDays(-10));
        var notDue = RegisterTestData.Youth("PMG-J-0004", "Fictief", null, "Vier", new DateOnly(2011, 1, 4), levelSinceUtc: now.AddDays(-100));
        var otherJpp = RegisterTestData.Youth("PMG-J-0005", "Fictief", null, "Vijf", new DateOnly(2011, 1, 5), jppId: "jpp-brunssum",
            levelSinceUtc: now.AddDays(-100));
        var later = RegisterTestData.Youth("PMG-J-0006", "Fictief", null, "Zes", new DateOnly(2011, 1, 6), level: YouthLevel.Geen);
        db.Youths.AddRange(screened, due, escalated, notDue, otherJpp, later);
        await db.SaveChangesAsync();

        db.YouthInvolvements.AddRange(
            Involvement(screened.Id, "jongerenwerk"), Involvement(due.Id, "politie"), Involvement(escalated.Id, "gemeente-heerlen"));
        db.YouthLevelChanges.Add(new YouthLevelChange
        {
            YouthId = escalated.Id,
            FromLevel = YouthLevel.Groen,
            ToLevel = YouthLevel.Oranje,
            ChangedById = TestDirectory.VoorzitterHeerlen,
            ChangedAtUtc = now.AddDays(-10),
            Reason = "Fictieve reden.",
        });
        db.Set<MeetingAgendaItem>().AddRange(
            Discussed(longAgo.Id, due.Id), Discussed(longAgo.Id, escalated.Id), Discussed(recently.Id, notDue.Id));
        var youthReport = Screen(RegisterTestData.Report("PMG-2026-00101", TestDirectory.Melder, "voorbeeldschool", screened.Id, now, Next));
        var groupReport = Screen(RegisterTestData.Report("PMG-2026-00102", TestDirectory.Politie, "politie", null, now, Next));
        groupReport.Subject = ReportSubject.Groep;
        groupReport.GroupOrLocation = "Fictieve groep";
        var laterReport = Screen(RegisterTestData.Report("PMG-2026-00103", TestDirectory.Melder, "voorbeeldschool", later.Id, now, AfterNext));
        db.Reports.AddRange(youthReport, groupReport, laterReport);
        await db.SaveChangesAsync();
        (Screened, Due, Escalated, NotDue, OtherJpp, GroupReport) = (screened.Id, due.Id, escalated.Id, notDue.Id, otherJpp.Id, groupReport.Id);
    }

    private static YouthInvolvement Involvement(long youthId, string organisationId) =>
        new() { YouthId = youthId, OrganisationId = organisationId, AddedById = TestDirectory.VoorzitterHeerlen, AddedAtUtc = RegisterTestData.Start };

    private static MeetingAgendaItem Discussed(long meetingId, long youthId) =>
        new() { MeetingId = meetingId, YouthId = youthId, Sources = AgendaItemSources.FollowUp, Kind = AgendaItemKind.Vervolg, AddedAtUtc = RegisterTestData.Start };

    private static Report Screen(Report report)
    {
        report.Status = ReportStatus.OpAgendaJpp;
        return report;
    }
}
