using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PmgBot.Bot.Demo;
using PmgBot.Core.Data;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Core.Features.Actions.Letters;
using PmgBot.Core.Features.Actions.Reminders;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Time;
using PmgBot.Core.Features.Meetings.Series;
using PmgBot.Core.Register;
using PmgBot.Tests.DirectoryTests;
using PmgBot.Tests.Features.Meetings;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Register;

/// <summary>The fictional demo register on top of the demo directory, on SQLite and PostgreSQL.</summary>
[Collection(PostgresServerCollection.Name)]
public sealed class DemoRegisterSeederTests(PostgresServer postgres)
{
    private static readonly string DemoFile = Path.Combine(AppContext.BaseDirectory, "Demo", "demo-directory.json");
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task SeedAsync_DemoDirectory_StoresYouthsMeetingsAndReportsOnce(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        Assert.True((await DirectoryFiles.ImportAsync(database, await File.ReadAllTextAsync(DemoFile))).Succeeded);

        Assert.True(await SeedAsync(database, seed: true));
        Assert.False(await SeedAsync(database, seed: true));

        await using var db = database.CreateContext();
        var youths = await db.Youths.OrderBy(y => y.Code).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 13).Select(n => ReferenceCodes.Youth(n)), youths.Select(y => y.Code));
        Assert.Equal(7, youths.Select(y => y.JppId).Distinct().Count());
        Assert.Equal(Enum.GetValues<YouthLevel>().Order(), youths.Select(y => y.Level).Distinct().Order());
        var professionals = await db.Professionals.Select(p => p.AadObjectId).ToListAsync();
        Assert.All(youths.Where(y => y.CasusregisseurId is not null), y => Assert.Contains(y.CasusregisseurId, professionals));
        Assert.All(youths.Where(y => y.Level == YouthLevel.Oranje), y => Assert.Contains(y.ProcesregisseurId, professionals));
        Assert.Equal(5, await db.Reports.CountAsync());
        Assert.True(await db.YouthInvolvements.CountAsync() >= 12);
        Assert.Equal(1, await db.YouthJppShares.CountAsync());
        Assert.True(await db.YouthLevelChanges.CountAsync() >= 10);
        var now = database.Clock.Now.UtcDateTime;
        foreach (var jpp in await db.Jpps.Select(j => j.Id).ToListAsync())
        {
            var meetings = await db.JppMeetings.Where(m => m.JppId == jpp).OrderBy(m => m.StartsAtUtc).Select(m => m.StartsAtUtc).ToListAsync();
            Assert.InRange(meetings[0], now.AddDays(-28), now.AddDays(-14));
            Assert.InRange(meetings[^1], now.AddMonths(6).AddDays(-14), now.AddMonths(6).AddDays(1));
        }
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task SeedAsync_DemoDirectory_SeriesForEveryJppAndAFilledAgendaForTheNextHeerlenMeeting(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        Assert.True((await DirectoryFiles.ImportAsync(database, await File.ReadAllTextAsync(DemoFile))).Succeeded);

        Assert.True(await SeedAsync(database, seed: true));

        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PmgDbContext>();
        var series = await db.Set<MeetingSeries>().AsNoTracking().Include(s => s.Members).OrderBy(s => s.JppId).ToListAsync();
        Assert.Equal(await db.Jpps.OrderBy(j => j.Id).Select(j => j.Id).ToListAsync(), series.Select(s => s.JppId));
        Assert.All(series, s =>
        {
            Assert.Equal((DayOfWeek.Tuesday, new TimeOnly(14, 0), 2), (s.Weekday, s.StartTime, s.IntervalWeeks));
            Assert.Equal([SeriesMemberRole.Voorzitter, SeriesMemberRole.Kernlid], s.Members.OrderBy(m => m.Role).Select(m => m.Role));
        });
        var now = database.Clock.GetUtcNow().UtcDateTime;
        var next = await db.JppMeetings.Where(m => m.JppId == "jpp-heerlen" && m.StartsAtUtc > now).OrderBy(m => m.StartsAtUtc).FirstAsync();
        var builder = MeetingTestServices.Builder(scope, database);
        await builder.RefreshAsync(next.Id, CancellationToken.None);
        var agenda = await builder.ReadAsync(next.Id, CancellationToken.None);
        // Jan de Vries (screened report, open escalation), Noa Verzonnen (follow-up), Daan Fictief and Finn Verzinsel (added by the chair).
        Assert.Equal(["PMG-J-0001", "PMG-J-0002", "PMG-J-0003", "PMG-J-0007"], agenda!.Items.Select(i => i.Subject).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SeedAsync_PlaygroundUser_ReporterOfOneYouthAndInvolvedInAnother()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);
        Assert.True((await DirectoryFiles.ImportAsync(database, await File.ReadAllTextAsync(DemoFile))).Succeeded);
        Assert.True(await SeedAsync(database, seed: true));
        await using var db = database.CreateContext();
        var alex = await db.Professionals.SingleAsync(p => p.AadObjectId == DemoRegister.PlaygroundUser);

        var reported = await db.Reports.Where(r => r.ReporterId == alex.AadObjectId).Select(r => r.YouthId).SingleAsync();
        var involved = await db.YouthInvolvements.Where(i => i.OrganisationId == alex.OrganisationId).Select(i => i.YouthId).ToListAsync();

        Assert.DoesNotContain(involved, id => id == reported);
        Assert.False(await db.YouthInvolvements.AnyAsync(i => i.YouthId == reported && i.OrganisationId == alex.OrganisationId));
        // Jan de Vries through the school; Luuk Verdichtsel, whose casusregisseur Alex is, too (a casusregisseur's organisation is involved).
        var youths = await db.Youths.Where(y => involved.Contains(y.Id)).OrderBy(y => y.Code).ToListAsync();
        Assert.Equal(
            [("Jan", "de", "Vries", new DateOnly(2010, 3, 12), "d0000000-0000-4000-8000-000000000023"), ("Luuk", null, "Verdichtsel", new DateOnly(2010, 9, 15), alex.AadObjectId)],
            youths.Select(y => (y.FirstName, y.Tussenvoegsel, y.LastName, y.DateOfBirth, y.CasusregisseurId)));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task SeedAsync_DemoDirectory_LastHeerlenMeetingHasADecisionWithItemsDueSoonOverdueAndDone(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        Assert.True((await DirectoryFiles.ImportAsync(database, await File.ReadAllTextAsync(DemoFile))).Succeeded);

        Assert.True(await SeedAsync(database, seed: true));

        // Seeded on Sunday 22 November 2026: the last Heerlen meeting was Tuesday 10 November.
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PmgDbContext>();
        var now = database.Clock.GetUtcNow().UtcDateTime;
        var last = await db.JppMeetings.Where(m => m.JppId == "jpp-heerlen" && m.StartsAtUtc <= now).OrderByDescending(m => m.StartsAtUtc).FirstAsync();
        var decision = await db.Set<YouthDecision>().Include(d => d.Items).SingleAsync(d => d.Items.Count > 0);
        Assert.Equal((last.Id, "PMG-J-0001", DecisionKind.VervolgJpp), (decision.MeetingId, await db.Youths.Where(y => y.Id == decision.YouthId).Select(y => y.Code).SingleAsync(), decision.Kind));
        Assert.True(await db.Set<MeetingAgendaItem>().AnyAsync(a => a.MeetingId == last.Id && a.YouthId == decision.YouthId));
        var today = new DateOnly(2026, 11, 22);
        var alex = decision.Items.Where(i => i.OwnerId == DemoRegister.PlaygroundUser).OrderBy(i => i.DueDate).ToList();
        Assert.Equal([(today.AddDays(-3), ActionItemState.Open), (today.AddDays(2), ActionItemState.Open)], alex.Select(i => (i.DueDate, i.State)));
        var done = Assert.Single(decision.Items, i => i.State == ActionItemState.Afgerond);
        Assert.Equal(1, await db.Set<ActionItemChange>().CountAsync(c => c.ActionItemId == done.Id && c.State == ActionItemState.Afgerond));

        // Monday morning the Playground user's reminders are due: one before the due date, one overdue.
        var planner = new ReminderPlanner(new ReminderOptions());
        var monday = new DateTimeOffset(2026, 11, 23, 7, 30, 0, TimeSpan.Zero);
        Assert.Equal([ReminderKind.Overdue, ReminderKind.BeforeDue],
            alex.SelectMany(i => planner.Due("item", i.DueDate, monday, WorkingDays.National)).Select(r => r.Kind));

        // And can tick one off.
        var actor = await MeetingTestServices.ProfileAsync(database, DemoRegister.PlaygroundUser);
        var items = new ActionItemService(db, scope.ServiceProvider.GetRequiredService<IAccessService>(), scope.ServiceProvider.GetRequiredService<ICaseRelations>(),
            scope.ServiceProvider.GetRequiredService<IAuditLog>(), database.Clock);
        Assert.Equal(2, (await items.ListOwnAsync(actor, CancellationToken.None)).Count);
        var ticked = await items.ChangeAsync(actor, new ActionItemChangeInput(alex[0].Id, 0, ActionItemChangeKind.Complete, null, null), CancellationToken.None);
        Assert.True(ticked.Succeeded, ticked.Message);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task SeedAsync_DemoDirectory_EachFirstDecisionHasItsNotificatiebriefThePlaygroundUsersStillOpen(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        Assert.True((await DirectoryFiles.ImportAsync(database, await File.ReadAllTextAsync(DemoFile))).Succeeded);

        Assert.True(await SeedAsync(database, seed: true));

        await using var db = database.CreateContext();
        var now = database.Clock.GetUtcNow().UtcDateTime;
        var last = await db.JppMeetings.Where(m => m.JppId == "jpp-heerlen" && m.StartsAtUtc <= now).OrderByDescending(m => m.StartsAtUtc).FirstAsync();
        var decisions = await db.Set<YouthDecision>().AsNoTracking().ToListAsync();
        var tasks = await db.Set<LetterTask>().AsNoTracking().ToListAsync();
        var codes = await db.Youths.ToDictionaryAsync(y => y.Id, y => y.Code);
        Assert.Equal(
            decisions.Select(d => (codes[d.YouthId], (long?)d.MeetingId, d.CasusregisseurId)).Order(),
            tasks.Select(t => (codes[t.YouthId], t.MeetingId, t.AssignedToId)).Order());
        Assert.All(tasks, t => Assert.Equal((LetterKind.Notificatiebrief, 1, last.Id), (t.Kind, t.Round, t.MeetingId!.Value)));
        var open = Assert.Single(tasks, t => t.State == LetterTaskState.Open);
        Assert.Equal(("PMG-J-0013", DemoRegister.PlaygroundUser), (codes[open.YouthId], open.AssignedToId));
        var luuk = await db.Youths.SingleAsync(y => y.Id == open.YouthId);
        var decided = decisions.Single(d => d.YouthId == luuk.Id).DecidedAtUtc;
        Assert.Equal((YouthLevel.Groen, decided), (luuk.Level, luuk.LevelSinceUtc));
        var change = await db.YouthLevelChanges.SingleAsync(c => c.YouthId == luuk.Id);
        Assert.Equal((YouthLevel.Geen, YouthLevel.Groen, decided), (change.FromLevel, change.ToLevel, change.ChangedAtUtc));
        var sent = Assert.Single(tasks, t => t.State == LetterTaskState.Verstuurd);
        Assert.Equal(("PMG-J-0001", LetterAddressee.Ouders), (codes[sent.YouthId], sent.Addressee));
    }

    [Fact]
    public async Task SeedAsync_Disabled_StoresNothing()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);
        Assert.True((await DirectoryFiles.ImportAsync(database, await File.ReadAllTextAsync(DemoFile))).Succeeded);

        Assert.False(await SeedAsync(database, seed: false));

        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Youths.CountAsync());
        Assert.Equal(0, await db.JppMeetings.CountAsync());
    }

    [Fact]
    public async Task SeedAsync_OtherDirectory_StoresNothing()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);
        Assert.True((await DirectoryFiles.ImportAsync(database, DirectoryFiles.WithProfessionals(DirectoryFiles.Professional("a", "Anna A")))).Succeeded);

        Assert.False(await SeedAsync(database, seed: true));

        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Youths.CountAsync());
        Assert.Equal(0, await db.RecordCounters.CountAsync());
    }

    [Theory]
    [InlineData("2026-11-22T08:00:00Z")]
    [InlineData("2027-03-20T23:30:00Z")]
    [InlineData("2026-06-30T12:00:00Z")]
    public void MeetingTimes_AnyDate_TuesdaysAt14AmsterdamEveryTwoWeeks(string now)
    {
        var at = DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture);

        var times = DemoRegisterSeeder.MeetingTimes(at);

        Assert.InRange(times.Count, 13, 16);
        Assert.All(times, t =>
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(t, Amsterdam);
            Assert.Equal((DayOfWeek.Tuesday, 14, 0), (local.DayOfWeek, local.Hour, local.Minute));
        });
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.Equal(14, (TimeZoneInfo.ConvertTimeFromUtc(pair.Second, Amsterdam).Date - TimeZoneInfo.ConvertTimeFromUtc(pair.First, Amsterdam).Date).Days));
        Assert.InRange(times[0], at.UtcDateTime.AddDays(-29), at.UtcDateTime.AddDays(-14));
    }

    private static async Task<bool> SeedAsync(TestDatabase database, bool seed)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PmgDbContext>();
        var seeder = new DemoRegisterSeeder(
            Options.Create(new DemoOptions { Seed = seed }),
            db,
            new RecordCounters(db),
            database.Clock,
            NullLogger<DemoRegisterSeeder>.Instance);
        return await seeder.SeedAsync(CancellationToken.None);
    }
}
