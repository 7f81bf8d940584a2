using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Access;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Register;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Register;

/// <summary>Each relation of <see cref="ICaseRelations"/> computed from the database, on SQLite and PostgreSQL.</summary>
[Collection(PostgresServerCollection.Name)]
public sealed class CaseRelationsTests(PostgresServer postgres)
{
    private const string UserId = "a7777777-7777-4777-8777-777777777777";

    private static readonly DateOnly Dob = new(2010, 3, 12);

    /// <summary>A police officer, deelnemer of JPP Heerlen (relations are facts; the roles do not matter here).</summary>
    private static readonly ProfessionalProfile User = new(
        UserId, "Paula Politie", null, null, "politie", "Politie Basisteam Voorbeeld", Roles.DeelnemerJpp, true,
        [new JppMembership("jpp-heerlen", "JPP Heerlen", "heerlen", "Heerlen")]);

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task ToYouthAsync_EachRelation_ComputedFromTheDatabase(StorageProvider provider)
    {
        await using var database = await CreateAsync(provider);
        var home = await AddAsync(database, RegisterTestData.Youth("PMG-J-0001", "Jan", "de", "Vries", Dob));
        var elsewhere = await AddAsync(database, RegisterTestData.Youth("PMG-J-0002", "Piet", null, "Bakker", Dob, "jpp-brunssum"));
        var shared = await AddAsync(database, RegisterTestData.Youth("PMG-J-0003", "Kees", null, "Smit", Dob, "jpp-brunssum"));
        var sharedElsewhere = await AddAsync(database, RegisterTestData.Youth("PMG-J-0004", "Joost", null, "Smit", Dob, "jpp-brunssum"));
        var involved = await AddAsync(database, RegisterTestData.Youth("PMG-J-0005", "Mo", null, "Amrani", Dob, "jpp-brunssum"));
        var otherInvolved = await AddAsync(database, RegisterTestData.Youth("PMG-J-0006", "Lars", null, "Dekker", Dob, "jpp-brunssum"));
        var casus = await AddAsync(database, RegisterTestData.Youth("PMG-J-0007", "Tim", null, "Jansen", Dob, "jpp-brunssum", casusregisseurId: UserId));
        var proces = await AddAsync(database, RegisterTestData.Youth("PMG-J-0008", "Bo", null, "Peters", Dob, "jpp-brunssum", procesregisseurId: UserId));
        await SaveAsync(database, db =>
        {
            db.YouthJppShares.Add(new YouthJppShare { YouthId = shared.Id, JppId = "jpp-heerlen", DecidedById = "x", DecidedAtUtc = RegisterTestData.Start, Reason = "waterbed" });
            db.YouthJppShares.Add(new YouthJppShare { YouthId = sharedElsewhere.Id, JppId = "jpp-brunssum", DecidedById = "x", DecidedAtUtc = RegisterTestData.Start, Reason = "eigen JPP" });
            db.YouthInvolvements.Add(new YouthInvolvement { YouthId = involved.Id, OrganisationId = "politie", AddedById = "x", AddedAtUtc = RegisterTestData.Start });
            db.YouthInvolvements.Add(new YouthInvolvement { YouthId = otherInvolved.Id, OrganisationId = "jongerenwerk", AddedById = "x", AddedAtUtc = RegisterTestData.Start });
        });

        var relations = await RelationsAsync(database, home, elsewhere, shared, sharedElsewhere, involved, otherInvolved, casus, proces);

        Assert.Equal(
            [
                YouthRelation.HomeJpp, YouthRelation.None, YouthRelation.SharedJpp, YouthRelation.None,
                YouthRelation.InvolvedOrganisation, YouthRelation.None, YouthRelation.Casusregisseur, YouthRelation.Procesregisseur,
            ],
            relations);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task ToYouthAsync_ReporterWindow_TwelveMonthsToTheSecond(StorageProvider provider)
    {
        await using var database = await CreateAsync(provider);
        var now = database.Clock.Now.UtcDateTime;
        var atEdge = await AddAsync(database, RegisterTestData.Youth("PMG-J-0001", "Jan", "de", "Vries", Dob, "jpp-brunssum"));
        var justOutside = await AddAsync(database, RegisterTestData.Youth("PMG-J-0002", "Piet", null, "Bakker", Dob, "jpp-brunssum"));
        var byOther = await AddAsync(database, RegisterTestData.Youth("PMG-J-0003", "Kees", null, "Smit", Dob, "jpp-brunssum"));
        var recent = await AddAsync(database, RegisterTestData.Youth("PMG-J-0004", "Joost", null, "Smit", Dob, "jpp-brunssum"));
        await SaveAsync(database, db =>
        {
            db.Reports.Add(RegisterTestData.Report("PMG-2025-00001", UserId, "politie", atEdge.Id, now - CaseRelations.ReporterWindow));
            db.Reports.Add(RegisterTestData.Report("PMG-2025-00002", UserId, "politie", justOutside.Id, now - CaseRelations.ReporterWindow - TimeSpan.FromSeconds(1)));
            db.Reports.Add(RegisterTestData.Report("PMG-2026-00003", "someone-else", "politie", byOther.Id, now.AddDays(-1)));
            db.Reports.Add(RegisterTestData.Report("PMG-2026-00004", UserId, "politie", recent.Id, now.AddDays(-1)));
            db.Reports.Add(RegisterTestData.Report("PMG-2026-00005", UserId, "politie", null, now.AddDays(-1)));
        });

        Assert.Equal(
            [YouthRelation.RecentReporter, YouthRelation.None, YouthRelation.None, YouthRelation.RecentReporter],
            await RelationsAsync(database, atEdge, justOutside, byOther, recent));

        // A second later the report at the edge falls out of the window.
        database.Clock.Now += TimeSpan.FromSeconds(1);
        Assert.Equal(YouthRelation.None, (await RelationsAsync(database, atEdge))[0]);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task StoredFactsOf_InAnotherQuery_OneAnswerPerYouthCombinedWithTheRecord(StorageProvider provider)
    {
        await using var database = await CreateAsync(provider);
        var all = await AddAsync(database, RegisterTestData.Youth("PMG-J-0001", "Jan", "de", "Vries", Dob, casusregisseurId: UserId, procesregisseurId: UserId));
        var none = await AddAsync(database, RegisterTestData.Youth("PMG-J-0002", "Piet", null, "Bakker", Dob, "jpp-brunssum"));
        await SaveAsync(database, db =>
        {
            db.YouthInvolvements.Add(new YouthInvolvement { YouthId = all.Id, OrganisationId = "politie", AddedById = "x", AddedAtUtc = RegisterTestData.Start });
            db.YouthJppShares.Add(new YouthJppShare { YouthId = all.Id, JppId = "jpp-heerlen", DecidedById = "x", DecidedAtUtc = RegisterTestData.Start, Reason = "r" });
            db.Reports.Add(RegisterTestData.Report("PMG-2026-00001", UserId, "politie", all.Id, RegisterTestData.Start.AddDays(-3)));
            db.Reports.Add(RegisterTestData.Report("PMG-2026-00002", UserId, "politie", all.Id, RegisterTestData.Start.AddDays(-2)));
        });

        await using var scope = database.CreateScope();
        var relations = scope.ServiceProvider.GetRequiredService<ICaseRelations>();
        var db = scope.ServiceProvider.GetRequiredService<PmgDbContext>();
        var rows = QueryComposition.With(relations.StoredFactsOf(User), (Youth y, YouthRelation facts) => new { y.Id, Facts = facts });
        var batch = await db.Youths.OrderBy(y => y.Id).Select(rows).ToListAsync();
        var empty = await db.Youths.Where(y => y.Id < 0).Select(rows).ToListAsync();

        Assert.Equal([(all.Id, YouthRelation.SharedJpp | YouthRelation.InvolvedOrganisation | YouthRelation.RecentReporter), (none.Id, YouthRelation.None)], batch.Select(r => (r.Id, r.Facts)));
        Assert.Empty(empty);
        Assert.Equal((YouthRelation)63, relations.ToYouth(User, all, batch[0].Facts));
        Assert.Equal((YouthRelation)63, await relations.ToYouthAsync(User, all, CancellationToken.None));
        var access = scope.ServiceProvider.GetRequiredService<IAccessService>();
        Assert.True(access.Allows(User.Roles, await relations.ToYouthAsync(User, all, CancellationToken.None), BotAction.ViewYouthCard));
        Assert.False(access.Allows(User.Roles, await relations.ToYouthAsync(User, none, CancellationToken.None), BotAction.ViewCasusregisseurContact));
    }

    [Fact]
    public void ToYouth_FactsThatAreNotStored_IgnoredAndTakenFromTheRecord()
    {
        var relations = new CaseRelations(null!, TimeProvider.System);
        var elsewhere = RegisterTestData.Youth("PMG-J-0002", "Piet", null, "Bakker", Dob, "jpp-brunssum");
        var everything = (YouthRelation)63;

        // The record of a youth elsewhere gives nothing; of the facts only the stored kinds count.
        Assert.Equal(YouthRelation.SharedJpp | YouthRelation.InvolvedOrganisation | YouthRelation.RecentReporter, relations.ToYouth(User, elsewhere, everything));
        Assert.Equal(YouthRelation.None, relations.ToYouth(User, elsewhere, YouthRelation.HomeJpp | YouthRelation.Casusregisseur | YouthRelation.Procesregisseur));
        Assert.Equal(YouthRelation.HomeJpp, relations.ToYouth(User, RegisterTestData.Youth("PMG-J-0001", "Jan", "de", "Vries", Dob), YouthRelation.None));
    }

    [Fact]
    public void ToJpp_MemberOrNot_HomeJppOrNone()
    {
        var relations = new CaseRelations(null!, TimeProvider.System);

        Assert.Equal(YouthRelation.HomeJpp, relations.ToJpp(User, "jpp-heerlen"));
        Assert.Equal(YouthRelation.None, relations.ToJpp(User, "jpp-brunssum"));
    }

    private async Task<TestDatabase> CreateAsync(StorageProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider, postgres);
        await RegisterTestData.ImportTestDirectoryAsync(database.Services);
        return database;
    }

    private static async Task<Youth> AddAsync(TestDatabase database, Youth youth)
    {
        await using var db = database.CreateContext();
        db.Youths.Add(youth);
        await db.SaveChangesAsync();
        return youth;
    }

    private static async Task SaveAsync(TestDatabase database, Action<PmgDbContext> change)
    {
        await using var db = database.CreateContext();
        change(db);
        await db.SaveChangesAsync();
    }

    private static async Task<YouthRelation[]> RelationsAsync(TestDatabase database, params Youth[] youths)
    {
        await using var scope = database.CreateScope();
        var relations = scope.ServiceProvider.GetRequiredService<ICaseRelations>();
        var result = new YouthRelation[youths.Length];
        for (var i = 0; i < youths.Length; i++)
        {
            result[i] = await relations.ToYouthAsync(User, youths[i], CancellationToken.None);
        }

        return result;
    }
}
