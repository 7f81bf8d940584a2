using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Screening;
using PmgBot.Core.Register;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Screening;

/// <summary>Reports of the same new youth matched at the same moment make one youth record, on both providers.</summary>
[Collection(PostgresServerCollection.Name)]
public sealed class ReportMatchingConcurrencyTests(PostgresServer postgres)
{
    private static readonly DateOnly Birth = new(2010, 3, 12);

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task HandleAsync_FiveReportsOfOneNewYouthAtOnce_OneRecordOthersSure(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await SeedJppAsync(database);
        var reports = new List<Report>();
        await using (var db = database.CreateContext())
        {
            for (var i = 1; i <= 5; i++)
            {
                reports.Add(Report(i));
            }

            db.Reports.AddRange(reports);
            await db.SaveChangesAsync();
        }

        await Task.WhenAll(reports.Select(async report =>
        {
            await using var db = database.CreateContext();
            var handler = new ReportMatchingHandler(db, new YouthRecordFactory(db, new RecordCounters(db), database.Clock), NullLogger<ReportMatchingHandler>.Instance);
            await handler.HandleAsync(new ReportSubmittedContext(report), CancellationToken.None);
        }));

        await using var check = database.CreateContext();
        var youth = Assert.Single(await check.Youths.AsNoTracking().ToListAsync());
        var stored = await check.Reports.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
        Assert.All(stored, r => Assert.Equal(youth.Id, r.YouthId));
        Assert.Equal(1, stored.Count(r => r.MatchState == MatchState.New));
        Assert.Equal(4, stored.Count(r => r.MatchState == MatchState.Sure));
        Assert.Equal("PMG-J-0001", youth.Code);
    }

    private static readonly ProfessionalProfile Reporter =
        new("a1111111-1111-4111-8111-111111111111", "Sanne Test", null, null, "school", "School", Roles.Melder, true, []);

    private static Report Report(int number) => new()
    {
        Reference = ReferenceCodes.Report(2026, number),
        IdempotencyKey = "key-" + number,
        ReporterId = Reporter.AadObjectId,
        ReporterOrganisationId = "school",
        Subject = ReportSubject.Jongere,
        YouthFirstName = number % 2 == 0 ? "daan" : "Daan",
        YouthTussenvoegsel = "van der",
        YouthLastName = "Berg",
        YouthDateOfBirth = Birth,
        MunicipalityId = "heerlen",
        JppId = "jpp-heerlen",
        Description = "Zorgen.",
        CreatedAtUtc = new DateTime(2026, 11, 22, 8, 0, 0, DateTimeKind.Utc),
    };

    private static async Task SeedJppAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        db.Municipalities.Add(new Municipality { Id = "heerlen", Name = "Heerlen" });
        db.Jpps.Add(new Jpp { Id = "jpp-heerlen", Name = "JPP Heerlen", MunicipalityId = "heerlen" });
        await db.SaveChangesAsync();
    }
}
