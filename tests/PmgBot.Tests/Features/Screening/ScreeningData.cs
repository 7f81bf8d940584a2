using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Register.Matching;
using PmgBot.Core.Outbox;
using PmgBot.Core.Register;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Screening;

/// <summary>
/// Register data for the screening tests, written straight to the app's database, and the report-submitted steps run
/// the way the report service runs them (store, then every <see cref="IReportSubmittedHandler"/> by order).
/// </summary>
internal sealed class ScreeningData(BotApp app)
{
    private int _nextReport;
    private int _nextYouth = 9000;

    public static readonly DateTime Now = new(2026, 11, 22, 9, 0, 0, DateTimeKind.Utc);

    public Report NewYouthReport(string first, string? tussenvoegsel, string last, DateOnly dateOfBirth, string reporter = TestDirectory.Melder,
        string organisation = "voorbeeldschool", string jpp = "jpp-heerlen", string municipality = "heerlen", ReportUrgency urgency = ReportUrgency.Normaal) =>
        WithYouth(NewReport(ReportSubject.Jongere, reporter, organisation, jpp, municipality, urgency), first, tussenvoegsel, last, dateOfBirth);

    private static Report WithYouth(Report report, string first, string? tussenvoegsel, string last, DateOnly dateOfBirth)
    {
        report.YouthFirstName = first;
        report.YouthTussenvoegsel = tussenvoegsel;
        report.YouthLastName = last;
        report.YouthDateOfBirth = dateOfBirth;
        report.School = "De Voorbeeldschool";
        return report;
    }

    public Report NewReport(ReportSubject subject, string reporter = TestDirectory.Melder, string organisation = "voorbeeldschool",
        string jpp = "jpp-heerlen", string municipality = "heerlen", ReportUrgency urgency = ReportUrgency.Normaal)
    {
        var number = Interlocked.Increment(ref _nextReport);
        return new Report
        {
            Reference = ReferenceCodes.Report(2026, number),
            IdempotencyKey = Guid.NewGuid().ToString("N"),
            ReporterId = reporter,
            ReporterOrganisationId = organisation,
            Subject = subject,
            GroupOrLocation = subject == ReportSubject.Jongere ? null : "Winkelcentrum 't Loon",
            MunicipalityId = municipality,
            JppId = jpp,
            Kind = ReportKind.Zorg,
            Context = ReportContext.School,
            ConcernTypes = ConcernTypes.Schoolverzuim | ConcernTypes.Drugs,
            Description = "Sinds twee weken niet op school.",
            Urgency = urgency,
            YouthAndParentsInformed = true,
            Status = ReportStatus.Ontvangen,
            CreatedAtUtc = Now,
        };
    }

    public async Task<Youth> AddYouthAsync(string first, string? tussenvoegsel, string last, DateOnly dateOfBirth, string jpp = "jpp-heerlen",
        string municipality = "heerlen", string? casusregisseur = null)
    {
        var normalized = DutchNameNormalizer.Normalize(new PersonName(first, tussenvoegsel, last));
        var youth = new Youth
        {
            Code = ReferenceCodes.Youth(Interlocked.Increment(ref _nextYouth)),
            FirstName = first,
            Tussenvoegsel = tussenvoegsel,
            LastName = last,
            NormalizedFirstName = normalized.First,
            NormalizedLastName = normalized.Last,
            DateOfBirth = dateOfBirth,
            MunicipalityId = municipality,
            JppId = jpp,
            Level = YouthLevel.Groen,
            LevelSinceUtc = Now,
            CasusregisseurId = casusregisseur,
            CreatedAtUtc = Now,
            UpdatedAtUtc = Now,
        };
        await app.QueryAsync(async db =>
        {
            db.Youths.Add(youth);
            return await db.SaveChangesAsync();
        });
        return youth;
    }

    /// <summary>Stores a report that is already linked to <paramref name="youth"/> (an earlier, open report).</summary>
    public async Task<Report> AddLinkedReportAsync(Youth youth, string reporter, string organisation, ReportStatus status = ReportStatus.InScreening)
    {
        var report = NewYouthReport(youth.FirstName, youth.Tussenvoegsel, youth.LastName, youth.DateOfBirth, reporter, organisation);
        report.YouthId = youth.Id;
        report.MatchState = MatchState.Sure;
        report.Status = status;
        await app.QueryAsync(async db =>
        {
            db.Reports.Add(report);
            return await db.SaveChangesAsync();
        });
        return report;
    }

    public Task<JppMeeting> AddMeetingAsync(DateTime startsAtUtc, string jpp = "jpp-heerlen") => app.QueryAsync(async db =>
    {
        var meeting = new JppMeeting { JppId = jpp, StartsAtUtc = startsAtUtc };
        db.JppMeetings.Add(meeting);
        await db.SaveChangesAsync();
        return meeting;
    });

    /// <summary>Stores the report and runs every report-submitted handler in order, in one scope, like the report service.</summary>
    public async Task<ReportSubmittedContext> SubmitAsync(Report report)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PmgDbContext>();
        db.Reports.Add(report);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        var context = new ReportSubmittedContext(report);
        foreach (var handler in services.GetServices<IReportSubmittedHandler>().OrderBy(h => h.Order))
        {
            await handler.HandleAsync(context, CancellationToken.None);
        }

        return context;
    }

    public Task<Report> ReportAsync(string reference) =>
        app.QueryAsync(db => db.Reports.AsNoTracking().SingleAsync(r => r.Reference == reference));

    /// <summary>The outbox messages whose dedup key starts with <paramref name="prefix"/> (e.g. "match-notice:PMG-2026-00001:").</summary>
    public Task<List<OutboxMessage>> OutboxAsync(string prefix) =>
        app.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.DedupKey != null && m.DedupKey.StartsWith(prefix)).ToListAsync());

    /// <summary>The recipients (Entra ids) of the outbox messages with this dedup key prefix.</summary>
    public async Task<List<string>> RecipientsAsync(string prefix) =>
        (await OutboxAsync(prefix)).Select(m => m.DedupKey![prefix.Length..]).Order(StringComparer.Ordinal).ToList();

    /// <summary>Posts "help" from each user (so the bot knows their personal chat), then forgets the recorded calls.</summary>
    public async Task ConnectAsync(params string[] users)
    {
        foreach (var user in users)
        {
            await app.PostAndWaitAsync(TestActivities.Message("help", user, Conversation(user)));
        }

        app.Connector.Clear();
    }

    /// <summary>Every registered professional of the test directory has a personal chat with the bot.</summary>
    public Task ConnectEveryoneAsync() => ConnectAsync(
        TestDirectory.Melder, TestDirectory.Beheerder, TestDirectory.VoorzitterHeerlen, TestDirectory.TweedeVoorzitterHeerlen,
        TestDirectory.ProcesregisseurHeerlen, TestDirectory.Casusregisseur, TestDirectory.Politie, TestDirectory.VoorzitterBrunssum,
        TestDirectory.MelderBrunssum, TestDirectory.Programmamanager);

    /// <summary>Waits until the outbox dispatcher has sent everything (to the recording connector).</summary>
    public async Task WaitForOutboxAsync()
    {
        for (var i = 0; i < 500; i++)
        {
            var pending = await app.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Sending));
            if (pending == 0)
            {
                return;
            }

            await Task.Delay(20);
        }

        Assert.Fail("The outbox was not emptied.");
    }

    public static string Conversation(string user) => "a:personal-" + user;

    public static JsonObject Invoke(string verb, string user, JsonObject data) =>
        TestActivities.Invoke(verb, data, user, Conversation(user));
}
