using System.Linq.Expressions;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Access;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Register;
using PmgBot.Core.Features.Register.Matching;
using PmgBot.Core.Register;
using PmgBot.Tests.Integration;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Register;

/// <summary>The register queries behind the lookup, on SQLite and PostgreSQL.</summary>
[Collection(PostgresServerCollection.Name)]
public sealed class YouthRegisterTests(PostgresServer postgres)
{
    private static readonly DateOnly Dob = new(2010, 3, 12);

    /// <summary>Relation facts for the register queries alone: none (the real ones are tested below and in <see cref="CaseRelationsTests"/>).</summary>
    private static readonly Expression<Func<Youth, YouthRelation>> NoFacts = _ => YouthRelation.None;

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task SearchAsync_NormalisedNameAndDate_FindsTheRightYouths(StorageProvider provider)
    {
        await using var database = await CreateAsync(provider);
        await AddAsync(database,
            RegisterTestData.Youth("PMG-J-0001", "Jan", "de", "Vries", Dob),
            RegisterTestData.Youth("PMG-J-0002", "Jan", null, "de Vries", new DateOnly(2011, 5, 1), "jpp-brunssum"),
            RegisterTestData.Youth("PMG-J-0003", "Jan", null, "Bakker", Dob),
            RegisterTestData.Youth("PMG-J-0004", "Jaan", "de", "Vries", Dob),
            RegisterTestData.Youth("PMG-J-0005", "Jan", "de", "Vries", new DateOnly(2010, 12, 3)),
            RegisterTestData.Youth("PMG-J-0006", "Noël", "van", "Vries", new DateOnly(2012, 1, 1)));

        Assert.Equal(["PMG-J-0001", "PMG-J-0005", "PMG-J-0002"], await SearchAsync(database, new PersonName("jan", "DE", "vries"), null));
        Assert.Equal(["PMG-J-0001", "PMG-J-0004", "PMG-J-0005"], await SearchAsync(database, new PersonName("Jan", null, "de Vries"), Dob));
        Assert.Equal(["PMG-J-0006"], await SearchAsync(database, new PersonName("Noel", null, "Vries"), null));
        Assert.Empty(await SearchAsync(database, new PersonName("Piet", null, "Vries"), null));
        Assert.Empty(await SearchAsync(database, new PersonName("Piet", null, "Jansen"), Dob));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task FindByCodeAsync_CodeInAnyCase_FindsOnlyThatYouth(StorageProvider provider)
    {
        await using var database = await CreateAsync(provider);
        await AddAsync(database, RegisterTestData.Youth("PMG-J-0017", "Jan", "de", "Vries", Dob));
        await using var scope = database.CreateScope();
        var register = Register(scope, database);

        Assert.Equal("PMG-J-0017", (await register.FindByCodeAsync(" pmg-j-0017 ", NoFacts, CancellationToken.None))!.Youth.Code);
        Assert.Null(await register.FindByCodeAsync("PMG-J-0018", NoFacts, CancellationToken.None));
        Assert.Null(await register.FindByCodeAsync("' OR 1=1 --", NoFacts, CancellationToken.None));
        Assert.Null(await register.FindByCodeAsync(null, NoFacts, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task SearchAsync_UsersRelationFacts_ReadWithEachCandidateInOneStatement(StorageProvider provider)
    {
        await using var database = await CreateAsync(provider);
        var now = database.Clock.Now.UtcDateTime;
        // Five youths of the same name and date of birth, each related to the user in another way.
        var shared = RegisterTestData.Youth("PMG-J-0001", "Jan", "de", "Vries", Dob, "jpp-brunssum");
        var involved = RegisterTestData.Youth("PMG-J-0002", "Jan", "de", "Vries", Dob, "jpp-brunssum");
        var reported = RegisterTestData.Youth("PMG-J-0003", "Jan", "de", "Vries", Dob, "jpp-brunssum");
        var all = RegisterTestData.Youth("PMG-J-0004", "Jan", "de", "Vries", Dob, "jpp-brunssum");
        var none = RegisterTestData.Youth("PMG-J-0005", "Jan", "de", "Vries", Dob, "jpp-brunssum");
        await AddAsync(database, shared, involved, reported, all, none);
        await SaveAsync(database, db =>
        {
            db.YouthJppShares.Add(new YouthJppShare { YouthId = shared.Id, JppId = "jpp-heerlen", DecidedById = "x", DecidedAtUtc = now, Reason = "waterbed" });
            db.YouthJppShares.Add(new YouthJppShare { YouthId = all.Id, JppId = "jpp-heerlen", DecidedById = "x", DecidedAtUtc = now, Reason = "waterbed" });
            db.YouthJppShares.Add(new YouthJppShare { YouthId = none.Id, JppId = "jpp-brunssum", DecidedById = "x", DecidedAtUtc = now, Reason = "eigen JPP" });
            db.YouthInvolvements.Add(new YouthInvolvement { YouthId = involved.Id, OrganisationId = "politie", AddedById = "x", AddedAtUtc = now });
            db.YouthInvolvements.Add(new YouthInvolvement { YouthId = all.Id, OrganisationId = "politie", AddedById = "x", AddedAtUtc = now });
            db.YouthInvolvements.Add(new YouthInvolvement { YouthId = none.Id, OrganisationId = "jongerenwerk", AddedById = "x", AddedAtUtc = now });
            db.Reports.Add(RegisterTestData.Report("PMG-2026-00001", TestDirectory.Politie, "politie", reported.Id, now.AddDays(-2)));
            db.Reports.Add(RegisterTestData.Report("PMG-2026-00002", TestDirectory.Politie, "politie", all.Id, now.AddDays(-2)));
            db.Reports.Add(RegisterTestData.Report("PMG-2026-00003", TestDirectory.Melder, "voorbeeldschool", none.Id, now.AddDays(-2)));
        });
        await using var scope = database.CreateScope();
        var user = (await scope.ServiceProvider.GetRequiredService<IProfessionalDirectory>().FindAsync(TestDirectory.Politie, CancellationToken.None))!;
        var facts = scope.ServiceProvider.GetRequiredService<ICaseRelations>().StoredFactsOf(user);
        var register = Register(scope, database);

        var candidates = await register.SearchAsync(new PersonName("Jan", "de", "Vries"), Dob, facts, CancellationToken.None);
        var byName = await register.SearchAsync(new PersonName("Jan", "de", "Vries"), null, facts, CancellationToken.None);
        var byCode = await register.FindByCodeAsync(all.Code, facts, CancellationToken.None);

        Assert.Equal(
            [
                ("PMG-J-0001", YouthRelation.SharedJpp),
                ("PMG-J-0002", YouthRelation.InvolvedOrganisation),
                ("PMG-J-0003", YouthRelation.RecentReporter),
                ("PMG-J-0004", YouthRelation.SharedJpp | YouthRelation.InvolvedOrganisation | YouthRelation.RecentReporter),
                ("PMG-J-0005", YouthRelation.None),
            ],
            candidates.Select(c => (c.Youth.Code, c.RelationFacts)).OrderBy(c => c.Code, StringComparer.Ordinal));
        Assert.Equal(candidates.Select(c => (c.Youth.Code, c.RelationFacts)).Order(), byName.Select(c => (c.Youth.Code, c.RelationFacts)).Order());
        Assert.Equal(YouthRelation.SharedJpp | YouthRelation.InvolvedOrganisation | YouthRelation.RecentReporter, byCode!.RelationFacts);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task GetCardInfoAsync_FoundYouth_ResolvesRegisseursJppAndItsNextMeeting(StorageProvider provider)
    {
        await using var database = await CreateAsync(provider);
        var now = database.Clock.Now.UtcDateTime;
        var youth = RegisterTestData.Youth("PMG-J-0017", "Jan", "de", "Vries", Dob, level: YouthLevel.Oranje,
            casusregisseurId: TestDirectory.Casusregisseur, procesregisseurId: TestDirectory.ProcesregisseurHeerlen);
        var other = RegisterTestData.Youth("PMG-J-0018", "Piet", null, "Bakker", Dob);
        await AddAsync(database, youth, other);
        var past = new JppMeeting { JppId = "jpp-heerlen", StartsAtUtc = now.AddDays(-7) };
        var soon = new JppMeeting { JppId = "jpp-heerlen", StartsAtUtc = now.AddDays(9) };
        var later = new JppMeeting { JppId = "jpp-heerlen", StartsAtUtc = now.AddDays(23) };
        var otherYouths = new JppMeeting { JppId = "jpp-heerlen", StartsAtUtc = now.AddDays(2) };
        await SaveAsync(database, db => db.JppMeetings.AddRange(past, soon, later, otherYouths));
        await SaveAsync(database, db => db.Reports.AddRange(
            RegisterTestData.Report("PMG-2026-00001", TestDirectory.Melder, "voorbeeldschool", youth.Id, now.AddDays(-20), past.Id),
            RegisterTestData.Report("PMG-2026-00002", TestDirectory.Melder, "voorbeeldschool", youth.Id, now.AddDays(-5), later.Id),
            RegisterTestData.Report("PMG-2026-00003", TestDirectory.Politie, "politie", youth.Id, now.AddDays(-4), soon.Id),
            RegisterTestData.Report("PMG-2026-00004", TestDirectory.Politie, "politie", other.Id, now.AddDays(-4), otherYouths.Id)));
        await using var scope = database.CreateScope();
        var register = Register(scope, database);

        var found = await register.FindByCodeAsync(youth.Code, NoFacts, CancellationToken.None);
        var searched = Assert.Single(await register.SearchAsync(new PersonName("Jan", "de", "Vries"), null, NoFacts, CancellationToken.None));
        var info = await register.GetCardInfoAsync(found!, CancellationToken.None);
        var otherInfo = await register.GetCardInfoAsync(new YouthCandidate(RegisterTestData.Youth("PMG-J-0099", "A", null, "B", Dob), null, YouthRelation.None), CancellationToken.None);

        Assert.Equal("Jan de Vries", info.FullName);
        Assert.Equal("JPP Heerlen", info.JppName);
        Assert.Equal(YouthLevel.Oranje, info.Level);
        Assert.Equal(new ProfessionalContact(TestDirectory.Casusregisseur, "Cas Regie", "Jongerenwerk Voorbeeld", "cas.regie@jongerenwerk.example", "06-12340006", true), info.Casusregisseur);
        Assert.Equal("Piet Proces", info.Procesregisseur!.DisplayName);
        Assert.Equal(soon.StartsAtUtc, info.NextJppMeetingUtc);
        Assert.Equal(DateTimeKind.Utc, info.NextJppMeetingUtc!.Value.Kind);
        Assert.Equal(soon.StartsAtUtc, searched.NextJppMeetingUtc);
        Assert.Equal(otherYouths.StartsAtUtc, (await register.FindByCodeAsync(other.Code, NoFacts, CancellationToken.None))!.NextJppMeetingUtc);
        Assert.Null(otherInfo.Casusregisseur);
        Assert.Null(otherInfo.NextJppMeetingUtc);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task ListOwnCasesAsync_Casusregisseur_OwnYouthsWithLastReport(StorageProvider provider)
    {
        await using var database = await CreateAsync(provider);
        var now = database.Clock.Now.UtcDateTime;
        var first = RegisterTestData.Youth("PMG-J-0002", "Jan", "de", "Vries", Dob, casusregisseurId: TestDirectory.Casusregisseur);
        var second = RegisterTestData.Youth("PMG-J-0001", "Piet", null, "Bakker", Dob, level: YouthLevel.Rood, casusregisseurId: TestDirectory.Casusregisseur);
        var closed = RegisterTestData.Youth("PMG-J-0000", "Kees", null, "Smit", Dob, level: YouthLevel.Afgesloten, casusregisseurId: TestDirectory.Casusregisseur);
        var notMine = RegisterTestData.Youth("PMG-J-0003", "Mo", null, "Amrani", Dob, casusregisseurId: TestDirectory.Politie);
        await AddAsync(database, first, second, closed, notMine);
        await SaveAsync(database, db => db.Reports.AddRange(
            RegisterTestData.Report("PMG-2026-00001", TestDirectory.Melder, "voorbeeldschool", first.Id, now.AddDays(-20)),
            RegisterTestData.Report("PMG-2026-00002", TestDirectory.Melder, "voorbeeldschool", first.Id, now.AddDays(-3))));
        await using var scope = database.CreateScope();

        var cases = await Register(scope, database).ListOwnCasesAsync(TestDirectory.Casusregisseur.ToUpperInvariant(), CancellationToken.None);

        Assert.Equal(["PMG-J-0001", "PMG-J-0002", "PMG-J-0000"], cases.Select(c => c.Code));
        Assert.Null(cases[0].LastReportAtUtc);
        Assert.Equal(now.AddDays(-3), cases[1].LastReportAtUtc);
        Assert.Equal(YouthLevel.Rood, cases[0].Level);
    }

    private async Task<TestDatabase> CreateAsync(StorageProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider, postgres);
        await RegisterTestData.ImportTestDirectoryAsync(database.Services);
        return database;
    }

    private static YouthRegister Register(AsyncServiceScope scope, TestDatabase database) => new(
        scope.ServiceProvider.GetRequiredService<PmgDbContext>(),
        scope.ServiceProvider.GetRequiredService<IProfessionalDirectory>(),
        database.Clock);

    private static async Task<List<string>> SearchAsync(TestDatabase database, PersonName name, DateOnly? dob)
    {
        await using var scope = database.CreateScope();
        return [.. (await Register(scope, database).SearchAsync(name, dob, NoFacts, CancellationToken.None)).Select(c => c.Youth.Code)];
    }

    private static async Task AddAsync(TestDatabase database, params Youth[] youths)
    {
        await using var db = database.CreateContext();
        db.Youths.AddRange(youths);
        await db.SaveChangesAsync();
    }

    private static async Task SaveAsync(TestDatabase database, Action<PmgDbContext> change)
    {
        await using var db = database.CreateContext();
        change(db);
        await db.SaveChangesAsync();
    }
}
