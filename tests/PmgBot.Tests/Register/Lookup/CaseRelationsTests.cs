using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Access;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Register;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Register.Lookup;

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
    public async Task ToYouthsAsync_SeveralRelationsAndYouths_OneAnswerPerYouth(StorageProvider provider)
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
        var batch = await relations.ToYouthsAsync(User, [all, none], CancellationToken.None);
        var empty = await relations.ToYouthsAsync(User, [], CancellationToken.None);

        Assert.Equal((YouthRelation)63, batch[all.Id]);
        Assert.Equal(YouthRelation.None, batch[none.Id]);
        Assert.Empty(empty);
        Assert.Equal(batch[all.Id], await relations.ToYouthAsync(User, all, CancellationToken.None));
        Assert.True(await relations.AllowsAsync(User, all, BotAction.ViewYouthCard, CancellationToken.None));
        Assert.False(await relations.AllowsAsync(User, none, BotAction.ViewCasusregisseurContact, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task ToYouthsAsync_WithDecisions_FactsReadOnlyWhenTheyCouldChangeOne(StorageProvider provider)
    {
        await using var database = await CreateAsync(provider);
        var home = await AddAsync(database, RegisterTestData.Youth("PMG-J-0001", "Jan", "de", "Vries", Dob));
        var elsewhere = await AddAsync(database, RegisterTestData.Youth("PMG-J-0002", "Piet", null, "Bakker", Dob, "jpp-brunssum"));
        await SaveAsync(database, db =>
        {
            db.YouthInvolvements.Add(new YouthInvolvement { YouthId = home.Id, OrganisationId = "politie", AddedById = "x", AddedAtUtc = RegisterTestData.Start });
            db.YouthInvolvements.Add(new YouthInvolvement { YouthId = elsewhere.Id, OrganisationId = "politie", AddedById = "x", AddedAtUtc = RegisterTestData.Start });
        });
        var chair = User with { Roles = Roles.Voorzitter };
        BotAction[] decisions = [BotAction.ViewYouthCard, BotAction.ViewCasusregisseurContact, BotAction.AssignCasusregisseur];
        await using var scope = database.CreateScope();
        var relations = scope.ServiceProvider.GetRequiredService<ICaseRelations>();

        var chairAtHome = await relations.ToYouthsAsync(chair, [home], decisions, CancellationToken.None);
        var chairBoth = await relations.ToYouthsAsync(chair, [home, elsewhere], decisions, CancellationToken.None);
        var deelnemerAtHome = await relations.ToYouthsAsync(User, [home], decisions, CancellationToken.None);
        var none = await relations.ToYouthsAsync(chair, [], decisions, CancellationToken.None);

        // The chair's home JPP decides all three: the involvement of its organisation is not read (and changes nothing).
        Assert.Equal(YouthRelation.HomeJpp, chairAtHome[home.Id]);
        // One youth of another JPP: the facts could decide there, so they are read for both.
        Assert.Equal(YouthRelation.HomeJpp | YouthRelation.InvolvedOrganisation, chairBoth[home.Id]);
        Assert.Equal(YouthRelation.InvolvedOrganisation, chairBoth[elsewhere.Id]);
        // A deelnemer sees the card only through a relation such as the involvement: read.
        Assert.Equal(YouthRelation.HomeJpp | YouthRelation.InvolvedOrganisation, deelnemerAtHome[home.Id]);
        Assert.Empty(none);
    }

    [Fact]
    public void FactsCannotChange_EveryRoleRecordRelationAndAction_NoSetOfFactsChangesTheDecision()
    {
        YouthRelation[] facts = [YouthRelation.SharedJpp, YouthRelation.InvolvedOrganisation, YouthRelation.RecentReporter];
        YouthRelation[] fromTheRecord = [YouthRelation.HomeJpp, YouthRelation.Casusregisseur, YouthRelation.Procesregisseur];
        var allRoles = Enum.GetValues<Roles>().Aggregate(Roles.None, (all, role) => all | role);
        var decided = 0;
        var notDecided = 0;
        for (var roles = Roles.None; roles <= allRoles; roles++)
        {
            if ((roles & ~allRoles) != Roles.None)
            {
                continue;
            }

            foreach (var direct in Subsets(fromTheRecord))
            {
                foreach (var action in Enum.GetValues<BotAction>())
                {
                    if (!CaseRelations.FactsCannotChange(roles, direct, [action]))
                    {
                        notDecided++;
                        continue;
                    }

                    decided++;
                    var expected = AccessMatrix.Allows(roles, direct, action);
                    foreach (var some in Subsets(facts))
                    {
                        Assert.True(expected == AccessMatrix.Allows(roles, direct | some, action), $"{roles}, {direct} + {some}, {action}");
                    }
                }
            }
        }

        Assert.True(decided > 0 && notDecided > 0, $"decided {decided}, not decided {notDecided}");
    }

    private static IEnumerable<YouthRelation> Subsets(YouthRelation[] flags) =>
        Enumerable.Range(0, 1 << flags.Length)
            .Select(mask => flags.Where((_, i) => (mask & (1 << i)) != 0).Aggregate(YouthRelation.None, (all, flag) => all | flag));

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
