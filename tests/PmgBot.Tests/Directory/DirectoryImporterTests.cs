using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Audit;
using PmgBot.Core.Directory;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.DirectoryTests;

[Collection(PostgresServerCollection.Name)]
public sealed class DirectoryImporterTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task ImportAsync_ValidJson_StoresEverything(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);

        var result = await DirectoryFiles.ImportAsync(database, DirectoryFiles.WithProfessionals(
            DirectoryFiles.Professional("AAAA-1", "Eva Lemmens", roles: "\"melder\", \"Deelnemer  JPP\"", jpps: "\"jpp-heerlen\", \"jpp-kerkrade\", \"jpp-heerlen\""),
            DirectoryFiles.Professional("bbbb-2", "Sem Jacobs", organisation: "school", roles: "\"voorzitter\"", jpps: "")));

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(new ImportCounts(2, 2, 2, 2, 0, 0, 0), result.Counts);
        await using var context = database.CreateContext();
        Assert.Equal(2, await context.Organisations.CountAsync());
        Assert.Equal(2, await context.Municipalities.CountAsync());
        Assert.Equal(2, await context.Jpps.CountAsync());
        var eva = await context.Professionals.Include(p => p.Jpps).SingleAsync(p => p.AadObjectId == "aaaa-1");
        Assert.Equal("Eva Lemmens", eva.DisplayName);
        Assert.Equal("eva.lemmens@test.example", eva.Email);
        Assert.Equal("06-12345678", eva.Phone);
        Assert.Equal(Roles.Melder | Roles.DeelnemerJpp, eva.Roles);
        Assert.True(eva.Active);
        Assert.Equal(database.Clock.Now.UtcDateTime, eva.UpdatedAtUtc);
        Assert.Equal(["jpp-heerlen", "jpp-kerkrade"], eva.Jpps.Select(j => j.JppId).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task ImportAsync_FileWithErrors_StoresNothingAndReportsEveryErrorWithItsRow(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        var file = """
            {
              "organisations": [ { "id": "politie", "name": "Politie" }, { "id": "politie", "name": "Nog eens" } ],
              "municipalities": [ { "id": "heerlen", "name": "Heerlen" } ],
              "jpps": [ { "id": "jpp-heerlen", "name": "JPP Heerlen", "municipality": "heerlen" }, { "id": "jpp-x", "name": "JPP X", "municipality": "nergens" } ],
              "professionals": [
                { "aadObjectId": "p1", "displayName": "Goed Voorbeeld", "organisation": "politie", "roles": ["melder"], "jpps": ["jpp-heerlen"] },
                { "aadObjectId": "p2", "displayName": "Onbekende Org", "organisation": "brandweer", "roles": ["melder"] },
                { "aadObjectId": "p3", "displayName": "Onbekende Rol", "organisation": "politie", "roles": ["baas"] },
                { "aadObjectId": "p4", "displayName": "Onbekende Jpp", "organisation": "politie", "roles": ["melder"], "jpps": ["jpp-maastricht"] },
                { "aadObjectId": "P1", "displayName": "Dubbel", "organisation": "politie", "roles": ["melder"] },
                { "aadObjectId": "p6", "displayName": " ", "organisation": "politie", "roles": ["melder"] },
                { "aadObjectId": "p7", "displayName": "Slechte Mail", "email": "geen-mailadres", "organisation": "politie", "roles": ["melder"] }
              ]
            }
            """;

        var result = await DirectoryFiles.ImportAsync(database, file);

        Assert.False(result.Succeeded);
        Assert.Equal(
        [
            "organisaties, rij 2: dubbele id 'politie' (ook in rij 1).",
            "jpp's, rij 2: onbekende gemeente 'nergens'.",
            "professionals, rij 2: onbekende organisatie 'brandweer'.",
            $"professionals, rij 3: onbekende rol 'baas'. Bekende rollen: {RoleNames.AllNames}.",
            "professionals, rij 4: onbekende JPP 'jpp-maastricht'.",
            "professionals, rij 5: dubbele Entra object-id 'p1' (ook in rij 1).",
            "professionals, rij 6: naam ontbreekt.",
            "professionals, rij 7: e-mailadres 'geen-mailadres' is ongeldig.",
        ], result.Errors.Select(e => e.ToString()));
        Assert.Equal(ImportCounts.None, result.Counts);
        await using var context = database.CreateContext();
        Assert.Equal(0, await context.Organisations.CountAsync());
        Assert.Equal(0, await context.Professionals.CountAsync());
        var audit = await context.AuditEvents.SingleAsync();
        Assert.Equal((AuditActions.DirectoryImport, AuditOutcomes.Rejected, "errors=8"), (audit.Action, audit.Outcome, audit.Detail));
    }

    [Theory]
    [InlineData("""{ "aadObjectId": "", "displayName": "A", "organisation": "politie", "roles": ["melder"] }""", "Entra object-id (aadObjectId) ontbreekt.")]
    [InlineData("""{ "aadObjectId": "x", "organisation": "politie", "roles": ["melder"] }""", "naam ontbreekt.")]
    [InlineData("""{ "aadObjectId": "x", "displayName": "A", "roles": ["melder"] }""", "organisatie ontbreekt.")]
    [InlineData("""{ "aadObjectId": "x", "displayName": "A", "organisation": "politie", "roles": [] }""", "geen rol opgegeven. Bekende rollen: melder, deelnemer JPP, casusregisseur, voorzitter, procesregisseur, programmamanager, beheerder.")]
    [InlineData("""{ "aadObjectId": "x", "displayName": "A", "organisation": "politie" }""", "geen rol opgegeven. Bekende rollen: melder, deelnemer JPP, casusregisseur, voorzitter, procesregisseur, programmamanager, beheerder.")]
    [InlineData("""{ "aadObjectId": "x", "displayName": "A", "email": "a@b", "organisation": "politie", "roles": ["melder"] }""", "e-mailadres 'a@b' is ongeldig.")]
    [InlineData("""{ "aadObjectId": "x", "displayName": "A", "email": "a b@c.nl", "organisation": "politie", "roles": ["melder"] }""", "e-mailadres 'a b@c.nl' is ongeldig.")]
    [InlineData("""{ "aadObjectId": "x", "displayName": "A", "phone": "bel me", "organisation": "politie", "roles": ["melder"] }""", "telefoonnummer 'bel me' is ongeldig (alleen cijfers, spaties, +, - en haakjes).")]
    [InlineData("""{ "aadObjectId": "0123456789012345678901234567890123456789012345678901234567890123456789", "displayName": "A", "organisation": "politie", "roles": ["melder"] }""", "Entra object-id '0123456789012345678901234567890123456789012345678901234567890123456789' is langer dan 64 tekens.")]
    [InlineData("""{ "aadObjectId": "x", "displayName": "A", "organisation": "Politie", "roles": ["melder"] }""", "onbekende organisatie 'Politie'.")]
    public async Task ImportAsync_OneBadProfessional_ReportsDutchMessage(string professional, string expected)
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);

        var result = await DirectoryFiles.ImportAsync(database, DirectoryFiles.WithProfessionals(professional));

        var error = Assert.Single(result.Errors);
        Assert.Equal(new ImportError("professionals", 1, expected), error);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task ImportAsync_Reimport_UpsertsAndDeactivatesMissingProfessionals(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        var first = await DirectoryFiles.ImportAsync(database, DirectoryFiles.WithProfessionals(
            DirectoryFiles.Professional("a", "Anna A"),
            DirectoryFiles.Professional("b", "Bram B"),
            DirectoryFiles.Professional("c", "Carla C", jpps: "\"jpp-kerkrade\"")));
        Assert.True(first.Succeeded, first.Describe());
        database.Clock.Now = database.Clock.Now.AddDays(1);

        var second = await DirectoryFiles.ImportAsync(database, DirectoryFiles.WithProfessionals(
            DirectoryFiles.Professional("a", "Anna Andersom", roles: "\"melder\", \"casusregisseur\"", jpps: "\"jpp-kerkrade\""),
            DirectoryFiles.Professional("b", "Bram B"),
            DirectoryFiles.Professional("d", "Daan D")));

        Assert.True(second.Succeeded, second.Describe());
        Assert.Equal(new ImportCounts(2, 2, 2, ProfessionalsAdded: 1, ProfessionalsUpdated: 1, ProfessionalsUnchanged: 1, ProfessionalsDeactivated: 1), second.Counts);
        await using var context = database.CreateContext();
        var all = await context.Professionals.Include(p => p.Jpps).ToDictionaryAsync(p => p.AadObjectId);
        Assert.Equal(("Anna Andersom", Roles.Melder | Roles.Casusregisseur, "jpp-kerkrade"), (all["a"].DisplayName, all["a"].Roles, Assert.Single(all["a"].Jpps).JppId));
        Assert.Equal(database.Clock.Now.UtcDateTime, all["a"].UpdatedAtUtc);
        Assert.Equal(database.Clock.Now.UtcDateTime.AddDays(-1), all["b"].UpdatedAtUtc);
        Assert.False(all["c"].Active);
        Assert.Equal("jpp-kerkrade", Assert.Single(all["c"].Jpps).JppId);
        Assert.True(all["d"].Active);

        var third = await DirectoryFiles.ImportAsync(database, DirectoryFiles.WithProfessionals(
            DirectoryFiles.Professional("a", "Anna Andersom", roles: "\"melder\", \"casusregisseur\"", jpps: "\"jpp-kerkrade\""),
            DirectoryFiles.Professional("b", "Bram B"),
            DirectoryFiles.Professional("c", "Carla C", jpps: "\"jpp-kerkrade\""),
            DirectoryFiles.Professional("d", "Daan D")));
        Assert.Equal(new ImportCounts(2, 2, 2, 0, ProfessionalsUpdated: 1, ProfessionalsUnchanged: 3, ProfessionalsDeactivated: 0), third.Counts);
        await using var check = database.CreateContext();
        Assert.True((await check.Professionals.SingleAsync(p => p.AadObjectId == "c")).Active);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task ImportAsync_FailedReimport_LeavesEarlierImportUntouched(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        Assert.True((await DirectoryFiles.ImportAsync(database, DirectoryFiles.WithProfessionals(DirectoryFiles.Professional("a", "Anna A")))).Succeeded);

        var result = await DirectoryFiles.ImportAsync(database, DirectoryFiles.WithProfessionals(
            DirectoryFiles.Professional("a", "Anna Anders"),
            DirectoryFiles.Professional("b", "Bram B", roles: "\"koning\"")));

        Assert.False(result.Succeeded);
        await using var context = database.CreateContext();
        var anna = await context.Professionals.SingleAsync();
        Assert.Equal(("a", "Anna A", true), (anna.AadObjectId, anna.DisplayName, anna.Active));
    }

    [Fact]
    public async Task ImportAsync_JsonWithoutProfessionals_LeavesProfessionalsAlone()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);
        Assert.True((await DirectoryFiles.ImportAsync(database, DirectoryFiles.WithProfessionals(DirectoryFiles.Professional("a", "Anna A")))).Succeeded);

        var result = await DirectoryFiles.ImportAsync(database, """{ "organisations": [ { "id": "politie", "name": "Politie Zuid" } ] }""");

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(new ImportCounts(1, 0, 0, 0, 0, 0, 0), result.Counts);
        await using var context = database.CreateContext();
        Assert.True((await context.Professionals.SingleAsync()).Active);
        Assert.Equal("Politie Zuid", (await context.Organisations.SingleAsync(o => o.Id == "politie")).Name);
    }

    [Fact]
    public async Task ImportAsync_EmptyProfessionalsList_IsRefused()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);
        Assert.True((await DirectoryFiles.ImportAsync(database, DirectoryFiles.WithProfessionals(DirectoryFiles.Professional("a", "Anna A")))).Succeeded);

        var result = await DirectoryFiles.ImportAsync(database, """{ "professionals": [] }""");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("professionals: de lijst is leeg.", error.ToString(), StringComparison.Ordinal);
        await using var context = database.CreateContext();
        Assert.True((await context.Professionals.SingleAsync()).Active);
    }

    [Theory]
    [InlineData("{ \"organisations\": [ { \"id\": \"x\" ", "het bestand is geen geldig JSON-importbestand (regel 1")]
    [InlineData("""{ "professionals": [ { "aadObjectId": "x", "rollen": ["melder"] } ] }""", "bij $.professionals[0].rollen")]
    [InlineData("""{ "professionals": [ { "aadObjectId": "x", "roles": "melder" } ] }""", "bij $.professionals[0].roles")]
    [InlineData("", "het bestand is geen geldig JSON-importbestand")]
    [InlineData("null", "het bestand bevat geen gegevens.")]
    public async Task ImportAsync_UnreadableJson_ReportsFileError(string content, string expectedPart)
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);

        var result = await DirectoryFiles.ImportAsync(database, content);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("bestand", 0), (error.Section, error.Row));
        Assert.Contains(expectedPart, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(",", "aadObjectId,displayName,email,phone,organisation,roles,jpps\nc1,Anna A,anna@test.example,06-12345001,politie,melder|deelnemer JPP,jpp-heerlen|jpp-kerkrade\nc2,Bram B,,,school,voorzitter,\n")]
    [InlineData(";", "AADOBJECTID;DisplayName;Email;Phone;Organisation;Roles;Jpps;Active\nc1;Anna A;anna@test.example;06-12345001;politie;melder, deelnemer JPP;jpp-heerlen,jpp-kerkrade;ja\nc2;\"Bram B\";;;school;voorzitter;;nee\n")]
    public async Task ImportAsync_Csv_StoresProfessionals(string delimiter, string csv)
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);
        Assert.True((await DirectoryFiles.ImportAsync(database, DirectoryFiles.Base)).Succeeded);

        var result = await DirectoryFiles.ImportAsync(database, csv, ImportFormat.Csv);

        Assert.True(result.Succeeded, delimiter + " " + result.Describe());
        Assert.Equal(2, result.Counts.ProfessionalsAdded);
        await using var context = database.CreateContext();
        var anna = await context.Professionals.Include(p => p.Jpps).SingleAsync(p => p.AadObjectId == "c1");
        Assert.Equal(("Anna A", "anna@test.example", "06-12345001", Roles.Melder | Roles.DeelnemerJpp), (anna.DisplayName, anna.Email, anna.Phone, anna.Roles));
        Assert.Equal(["jpp-heerlen", "jpp-kerkrade"], anna.Jpps.Select(j => j.JppId).Order(StringComparer.Ordinal));
        var bram = await context.Professionals.SingleAsync(p => p.AadObjectId == "c2");
        Assert.Equal(("school", Roles.Voorzitter, (string?)null), (bram.OrganisationId, bram.Roles, bram.Email));
        Assert.Equal(delimiter == ",", bram.Active);
    }

    [Fact]
    public async Task ImportAsync_ExcelCsvWithBomAndCrLf_StoresProfessionals()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);
        Assert.True((await DirectoryFiles.ImportAsync(database, DirectoryFiles.Base)).Succeeded);
        var csv = "\uFEFFaadObjectId;displayName;organisation;roles;jpps\r\nc1;Zoë Hendriks-Çelik;politie;melder;jpp-heerlen\r\nc2;Bram B;school;beheerder;\r\n";

        var result = await DirectoryFiles.ImportAsync(database, csv, ImportFormat.Csv);

        Assert.True(result.Succeeded, result.Describe());
        await using var context = database.CreateContext();
        Assert.Equal(["Bram B", "Zoë Hendriks-Çelik"], await context.Professionals.OrderBy(p => p.AadObjectId == "c1").Select(p => p.DisplayName).ToListAsync());
    }

    [Fact]
    public async Task ImportAsync_CsvRowErrors_UseSpreadsheetRowNumbers()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);
        Assert.True((await DirectoryFiles.ImportAsync(database, DirectoryFiles.Base)).Succeeded);
        var csv = "aadObjectId,displayName,email,phone,organisation,roles,jpps\nc1,Anna A,,,politie,melder,\nc2,Bram B,,,politie,schoonmaker,\n\nc3,Carla C,,,politie,melder,jpp-nergens\n";

        var result = await DirectoryFiles.ImportAsync(database, csv, ImportFormat.Csv);

        Assert.Equal(
        [
            $"professionals, rij 3: onbekende rol 'schoonmaker'. Bekende rollen: {RoleNames.AllNames}.",
            "professionals, rij 5: onbekende JPP 'jpp-nergens'.",
        ], result.Errors.Select(e => e.ToString()));
        await using var context = database.CreateContext();
        Assert.Equal(0, await context.Professionals.CountAsync());
    }

    [Theory]
    [InlineData("aadObjectId,displayName,organisation\nc1,Anna,politie\n", "kolom(men) ontbreken: roles.")]
    [InlineData("aadObjectId,displayName,organisation,roles,functie\nc1,Anna,politie,melder,agent\n", "onbekende kolom(men): functie.")]
    [InlineData("", "het CSV-bestand is leeg.")]
    [InlineData("aadObjectId,displayName,organisation,roles\n", "de lijst is leeg.")]
    [InlineData("aadObjectId,displayName,organisation,roles,active\nc1,Anna,politie,melder,misschien\n", "'misschien' in kolom active moet ja of nee zijn.")]
    public async Task ImportAsync_BadCsv_ReportsClearError(string csv, string expectedPart)
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);
        Assert.True((await DirectoryFiles.ImportAsync(database, DirectoryFiles.Base)).Succeeded);

        var result = await DirectoryFiles.ImportAsync(database, csv, ImportFormat.Csv);

        var error = Assert.Single(result.Errors);
        Assert.Contains(expectedPart, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_Success_IsAuditedAsSystemWithCountsOnly()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);

        await DirectoryFiles.ImportAsync(database, DirectoryFiles.WithProfessionals(DirectoryFiles.Professional("a", "Anna A")));

        await using var context = database.CreateContext();
        var audit = await context.AuditEvents.SingleAsync();
        Assert.Equal((AuditActors.System, AuditActions.DirectoryImport, AuditOutcomes.Success), (audit.Actor, audit.Action, audit.Outcome));
        Assert.Equal("organisations=2 municipalities=2 jpps=2 added=1 updated=0 unchanged=0 deactivated=0", audit.Detail);
    }

    [Fact]
    public void Describe_Rejected_ListsEveryErrorInDutch()
    {
        var result = ImportResult.Failed([new ImportError("professionals", 3, "naam ontbreekt."), new ImportError("bestand", 0, "x.")]);

        Assert.Equal(
            $"Import afgewezen, er is niets opgeslagen (2 fout(en)):{Environment.NewLine}- professionals, rij 3: naam ontbreekt.{Environment.NewLine}- bestand: x.",
            result.Describe());
    }

    [Theory]
    [InlineData("team.JSON", ImportFormat.Json)]
    [InlineData("/tmp/lijst.csv", ImportFormat.Csv)]
    [InlineData("lijst.xlsx", null)]
    public void FromPath_Extension_GivesFormat(string path, ImportFormat? expected) =>
        Assert.Equal(expected, ImportFormats.FromPath(path));
}
