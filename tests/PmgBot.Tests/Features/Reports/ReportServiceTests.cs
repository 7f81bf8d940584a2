using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Reports;
using PmgBot.Core.Register;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Reports;

/// <summary>The report service on both providers: one report per card id also under concurrency, references, the follow-up handed to the job.</summary>
[Collection(PostgresServerCollection.Name)]
public sealed class ReportServiceTests(PostgresServer postgres)
{
    internal static readonly ProfessionalProfile Reporter = new(
        "a1111111-1111-4111-8111-111111111111", "Sanne Test", null, null, "voorbeeldschool", "De Voorbeeldschool", Roles.Melder, true, []);

    internal static ReportSubmission Submission(string key, string municipality = "heerlen") => new(
        key, ReportSubject.Jongere, "Daan", "van der", "Berg", new DateOnly(2012, 2, 3), null, null, municipality,
        ReportKind.Zorg, ReportContext.School, ConcernTypes.Drugs, "Beschrijving.", ReportUrgency.Normaal, true, null);

    internal static async Task SeedAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        db.Municipalities.AddRange(new Municipality { Id = "heerlen", Name = "Heerlen" }, new Municipality { Id = "simpelveld", Name = "Simpelveld" });
        db.Jpps.Add(new Jpp { Id = "jpp-heerlen", Name = "JPP Heerlen", MunicipalityId = "heerlen" });
        await db.SaveChangesAsync();
    }

    /// <summary>The service on <paramref name="db"/>; of the access service only the matrix is used (the reporter is given).</summary>
    internal static ReportService Service(PmgDbContext db, TestDatabase database, IAuditLog? audit = null, CountingFollowUpSignal? signal = null) =>
        new(db, new AccessService(null!, null!, null!, NullLogger<AccessService>.Instance), new RecordCounters(db), new ProfessionalDirectory(db, new ProfessionalProfileCache(database.Clock)), signal ?? new CountingFollowUpSignal(), audit ?? new RecordingAuditLog(), database.Clock, NullLogger<ReportService>.Instance);

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task SubmitAsync_SameCardConcurrently_OneReportEveryCallerGetsIt(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await SeedAsync(database);
        var key = Guid.NewGuid().ToString();
        var signal = new CountingFollowUpSignal();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            await using var db = database.CreateContext();
            return await Service(db, database, null, signal).SubmitAsync(Reporter, Submission(key), default);
        }));

        Assert.Single(results, r => r.Outcome == ReportSubmitOutcome.Stored);
        Assert.All(results, r => Assert.Contains(r.Outcome, new[] { ReportSubmitOutcome.Stored, ReportSubmitOutcome.AlreadyStored }));
        Assert.Single(results.Select(r => r.Report!.Reference).Distinct());
        Assert.Equal(1, signal.Notified);
        await using var check = database.CreateContext();
        Assert.Equal(1, await check.Reports.CountAsync());
        Assert.Equal(1L, (await check.RecordCounters.SingleAsync()).Value);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task SubmitAsync_DifferentCardsConcurrently_DistinctReferences(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await SeedAsync(database);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            await using var db = database.CreateContext();
            return await Service(db, database).SubmitAsync(Reporter, Submission(Guid.NewGuid().ToString()), default);
        }));

        Assert.All(results, r => Assert.Equal(ReportSubmitOutcome.Stored, r.Outcome));
        Assert.Equal(Enumerable.Range(1, 8).Select(i => $"PMG-2026-{i:00000}"), results.Select(r => r.Report!.Reference).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task SubmitAsync_NewYearInAmsterdamBeforeUtc_ReferenceHasTheAmsterdamYear(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await SeedAsync(database);
        database.Clock.Now = new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero);
        await using var db = database.CreateContext();

        var result = await Service(db, database).SubmitAsync(Reporter, Submission(Guid.NewGuid().ToString()), default);

        Assert.Equal("PMG-2027-00001", result.Report!.Reference);
        Assert.Equal(new DateTime(2026, 12, 31, 23, 30, 0, DateTimeKind.Utc), result.Report.CreatedAtUtc);
    }

    [Fact]
    public async Task SubmitAsync_Stored_FollowUpDueNowJobWokenOnceRepeatChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);
        await SeedAsync(database);
        var signal = new CountingFollowUpSignal();
        var audit = new RecordingAuditLog();
        var key = Guid.NewGuid().ToString();
        await using var db = database.CreateContext();
        var service = Service(db, database, audit, signal);

        var first = await service.SubmitAsync(Reporter, Submission(key), default);
        var again = await service.SubmitAsync(Reporter, Submission(key), default);

        Assert.Equal((ReportSubmitOutcome.Stored, ReportSubmitOutcome.AlreadyStored), (first.Outcome, again.Outcome));
        Assert.Equal(1, signal.Notified);
        Assert.Empty(first.Alerted);
        Assert.Equal(EntityState.Detached, db.Entry(first.Report!).State);
        await using var check = database.CreateContext();
        var stored = await check.Reports.SingleAsync();
        Assert.Equal((database.Clock.GetUtcNow().UtcDateTime, MatchState.None, (long?)null), (stored.FollowUpDueAtUtc, stored.MatchState, stored.YouthId));
        var submit = Assert.Single(audit.Events, e => e.Action == AuditActions.ReportSubmit);
        Assert.Equal(("PMG-2026-00001", AuditOutcomes.Success), (submit.RecordId, submit.Outcome));
        Assert.DoesNotContain("Daan", submit.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("simpelveld", ReportSubmitOutcome.NoJpp)]
    [InlineData("maastricht", ReportSubmitOutcome.UnknownMunicipality)]
    public async Task SubmitAsync_NoJppOrUnknownMunicipality_NothingStored(string municipality, ReportSubmitOutcome outcome)
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);
        await SeedAsync(database);
        await using var db = database.CreateContext();

        var result = await Service(db, database).SubmitAsync(Reporter, Submission(Guid.NewGuid().ToString(), municipality), default);

        Assert.Equal(outcome, result.Outcome);
        Assert.Null(result.Report);
        Assert.Equal(0, await db.Reports.CountAsync());
        Assert.Equal(0, await db.RecordCounters.CountAsync());
    }

    [Theory]
    [InlineData(Roles.Programmamanager, true)]
    [InlineData(Roles.Beheerder, true)]
    [InlineData(Roles.Melder, false)]
    public async Task SubmitAsync_RoleWithoutSubmitReportOrInactive_Refused(Roles roles, bool active)
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);
        await SeedAsync(database);
        await using var db = database.CreateContext();

        var result = await Service(db, database).SubmitAsync(Reporter with { Roles = roles, Active = active }, Submission(Guid.NewGuid().ToString()), default);

        Assert.Equal(ReportSubmitOutcome.NotAllowed, result.Outcome);
        Assert.Equal(0, await db.Reports.CountAsync());
    }
}
