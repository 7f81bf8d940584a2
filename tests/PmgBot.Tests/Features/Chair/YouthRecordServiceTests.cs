using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Chair;
using PmgBot.Core.Register;
using PmgBot.Tests.Integration;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Chair;

/// <summary>The youth record service on SQLite and PostgreSQL: the actions, and a competing change between read and write.</summary>
[Collection(PostgresServerCollection.Name)]
public sealed class YouthRecordServiceTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Actions_OneAfterAnother_StoreEverythingAndBumpTheVersion(StorageProvider provider)
    {
        await using var database = await SeedAsync(provider);
        await using var scope = database.CreateScope();
        var service = CreateService(scope, database, () => Task.CompletedTask);
        var chair = await ProfileAsync(scope, TestDirectory.VoorzitterHeerlen);

        var results = new[]
        {
            await service.AssignCasusregisseurAsync(chair, ChairYouths.Code, TestDirectory.Casusregisseur.ToUpperInvariant(), 0, default),
            await service.SetLevelAsync(chair, ChairYouths.Code, YouthLevel.Oranje, "  LJA nodig.  ", TestDirectory.ProcesregisseurHeerlen, 1, default),
            await service.AddInvolvedOrganisationAsync(chair, ChairYouths.Code, "voorbeeldschool", 2, default),
            await service.ShareWithJppAsync(chair, ChairYouths.Code, "jpp-brunssum", "Gebiedsverbod.", 3, default),
        };
        var view = await service.GetChairViewAsync(chair, ChairYouths.Code, default);

        Assert.All(results, r => Assert.Equal(YouthActionOutcome.Done, r.Outcome));
        Assert.NotNull(view);
        Assert.Equal(4, view.Version);
        Assert.Equal(TestDirectory.Casusregisseur, view.Casusregisseur!.AadObjectId);
        Assert.Equal(TestDirectory.ProcesregisseurHeerlen, view.Procesregisseur!.AadObjectId);
        Assert.Equal(YouthLevel.Oranje, view.Level);
        Assert.Equal(database.Clock.GetUtcNow().UtcDateTime, view.LevelSinceUtc);
        var change = Assert.Single(view.History);
        Assert.Equal((YouthLevel.Geen, YouthLevel.Oranje, "Vera Voorzitter", "LJA nodig."), (change.FromLevel, change.ToLevel, change.ChangedByName, change.Reason));
        Assert.Contains(view.InvolvedOrganisations, o => o.Id == "voorbeeldschool");
        Assert.Equal("jpp-brunssum", Assert.Single(view.Shares).JppId);
        Assert.Empty(view.ShareableJpps);
        await using var db = database.CreateContext();
        string[] actions = [AuditActions.YouthAssignCasusregisseur, AuditActions.YouthSetLevel, AuditActions.YouthAddOrganisation, AuditActions.YouthShare];
        Assert.Equal(actions, await db.AuditEvents.Where(a => a.Outcome == AuditOutcomes.Success && actions.Contains(a.Action))
            .OrderBy(a => a.Id).Select(a => a.Action).ToArrayAsync());
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task SetLevel_AnotherChairChangesTheYouthBetweenReadAndWrite_IsStaleAndStoresNothing(StorageProvider provider)
    {
        await using var database = await SeedAsync(provider);
        await using var scope = database.CreateScope();
        var service = CreateService(scope, database, async () =>
        {
            await using var other = database.CreateContext();
            await other.Youths.ExecuteUpdateAsync(s => s.SetProperty(y => y.Version, 1).SetProperty(y => y.Level, YouthLevel.Rood));
        });
        var chair = await ProfileAsync(scope, TestDirectory.VoorzitterHeerlen);

        var result = await service.SetLevelAsync(chair, ChairYouths.Code, YouthLevel.Groen, "Besproken.", null, 0, default);

        Assert.Equal(YouthActionOutcome.Stale, result.Outcome);
        await using var db = database.CreateContext();
        var stored = await db.Youths.SingleAsync();
        Assert.Equal((YouthLevel.Rood, 1), (stored.Level, stored.Version));
        Assert.Equal(0, await db.YouthLevelChanges.CountAsync());
        Assert.Equal("stale", await db.AuditEvents.Where(a => a.Action == AuditActions.YouthSetLevel).Select(a => a.Detail).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task AddOrganisation_SameOrganisationAddedMeanwhile_IsRefusedNotAnErrorAndStoresNothing(StorageProvider provider)
    {
        await using var database = await SeedAsync(provider);
        await using var scope = database.CreateScope();
        var service = CreateService(scope, database, async () =>
        {
            await using var other = database.CreateContext();
            var youthId = await other.Youths.Select(y => y.Id).SingleAsync();
            other.YouthInvolvements.Add(new YouthInvolvement
            {
                YouthId = youthId, OrganisationId = "voorbeeldschool", AddedById = TestDirectory.TweedeVoorzitterHeerlen, AddedAtUtc = DateTime.UnixEpoch,
            });
            await other.SaveChangesAsync();
            await other.Youths.ExecuteUpdateAsync(s => s.SetProperty(y => y.Version, 1));
        });
        var chair = await ProfileAsync(scope, TestDirectory.VoorzitterHeerlen);

        var result = await service.AddInvolvedOrganisationAsync(chair, ChairYouths.Code, "voorbeeldschool", 0, default);

        // The competing change lands before validation: "already involved" (a later landing gives "stale").
        Assert.Equal(YouthActionOutcome.Invalid, result.Outcome);
        Assert.Equal(YouthRecordMessages.OrganisationAlreadyInvolved, Assert.Single(result.Errors).Message);
        await using var db = database.CreateContext();
        var involvement = await db.YouthInvolvements.SingleAsync(i => i.OrganisationId == "voorbeeldschool");
        Assert.Equal(TestDirectory.TweedeVoorzitterHeerlen, involvement.AddedById);
        Assert.Equal(1, await db.Youths.Select(y => y.Version).SingleAsync());
    }

    private static YouthRecordService CreateService(AsyncServiceScope scope, TestDatabase database, Func<Task> competingChange) => new(
        scope.ServiceProvider.GetRequiredService<PmgDbContext>(),
        scope.ServiceProvider.GetRequiredService<IAccessService>(),
        CompetingChangeRelations.Create(scope.ServiceProvider.GetRequiredService<ICaseRelations>(), competingChange),
        scope.ServiceProvider.GetRequiredService<IProfessionalDirectory>(),
        scope.ServiceProvider.GetRequiredService<IAuditLog>(),
        database.Clock);

    private static async Task<ProfessionalProfile> ProfileAsync(AsyncServiceScope scope, string aadObjectId) =>
        (await scope.ServiceProvider.GetRequiredService<IProfessionalDirectory>().FindAsync(aadObjectId, default))!;

    /// <summary>A migrated database with the test directory and one youth of JPP Heerlen (youth work and police involved).</summary>
    private async Task<TestDatabase> SeedAsync(StorageProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider, postgres);
        await using (var scope = database.CreateScope())
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(TestDirectory.Json));
            var result = await scope.ServiceProvider.GetRequiredService<DirectoryImporter>().ImportAsync(stream, ImportFormat.Json, default);
            Assert.True(result.Succeeded, result.Describe());
        }

        await using var db = database.CreateContext();
        var youth = new Youth
        {
            Code = ChairYouths.Code, FirstName = "Jan", Tussenvoegsel = "de", LastName = "Vries", NormalizedFirstName = "jan", NormalizedLastName = "vries",
            DateOfBirth = new DateOnly(2010, 3, 12), MunicipalityId = "heerlen", JppId = "jpp-heerlen", Level = YouthLevel.Geen,
            LevelSinceUtc = DateTime.UnixEpoch, CreatedAtUtc = DateTime.UnixEpoch, UpdatedAtUtc = DateTime.UnixEpoch,
        };
        db.Youths.Add(youth);
        await db.SaveChangesAsync();
        foreach (var organisation in new[] { "jongerenwerk", "politie" })
        {
            db.YouthInvolvements.Add(new YouthInvolvement { YouthId = youth.Id, OrganisationId = organisation, AddedById = TestDirectory.VoorzitterHeerlen, AddedAtUtc = DateTime.UnixEpoch });
        }

        await db.SaveChangesAsync();
        return database;
    }
}
