using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Audit;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Meetings.Series;
using PmgBot.Tests.Integration;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Meetings.Series;

/// <summary>The <c>meetingSeries</c> section of the directory import: stored whole, replaced whole, or nothing at all with a Dutch message per row.</summary>
[Collection(PostgresServerCollection.Name)]
public sealed class MeetingSeriesImportTests(PostgresServer postgres)
{
    private const string Section = "vergaderreeksen, rij 1: ";

    public static TheoryData<string, string, string> BadRows => new()
    {
        { "unknown jpp", SeriesImportFiles.Row(("jpp", "\"jpp-maastricht\"")), "onbekende JPP 'jpp-maastricht'." },
        { "no jpp", SeriesImportFiles.Row(("jpp", null)), "jpp ontbreekt." },
        { "saturday", SeriesImportFiles.Row(("weekday", "\"zaterdag\"")), "weekdag 'zaterdag' is geen werkdag; kies maandag tot en met vrijdag." },
        { "typo weekday", SeriesImportFiles.Row(("weekday", "\"dinsdg\"")), "onbekende weekdag 'dinsdg'; kies maandag tot en met vrijdag." },
        { "bad time", SeriesImportFiles.Row(("startTime", "\"half twee\"")), "begintijd 'half twee' is ongeldig; schrijf bijvoorbeeld 13:30." },
        { "night", SeriesImportFiles.Row(("startTime", "\"02:30\"")), "begintijd 02:30 ligt niet tussen 07:00 en 20:00." },
        { "no minutes", SeriesImportFiles.Row(("minutes", null)), "duur (minutes) ontbreekt." },
        { "too long", SeriesImportFiles.Row(("minutes", "600")), "een duur van 600 minuten kan niet; kies 15 tot 480 minuten." },
        { "past midnight", SeriesImportFiles.Row(("startTime", "\"20:00\""), ("minutes", "300")), "de vergadering moet op dezelfde dag eindigen: begintijd plus duur komt na middernacht." },
        { "every 0 weeks", SeriesImportFiles.Row(("everyWeeks", "0")), "elke 0 weken kan niet; kies 1 tot 8 weken." },
        { "anchor weekday", SeriesImportFiles.Row(("anchorDate", "\"2026-12-02\"")), "eerste datum 2026-12-02 is een woensdag, de reeks is op dinsdag." },
        { "anchor text", SeriesImportFiles.Row(("anchorDate", "\"1 december\"")), "eerste datum (anchorDate) '1 december' is ongeldig; schrijf bijvoorbeeld 2026-12-01." },
        { "mailbox", SeriesImportFiles.Row(("organizerMailbox", "\"geen-mail\"")), "organisatormailbox 'geen-mail' is geen geldig e-mailadres." },
        { "no chair", SeriesImportFiles.Row(("chairs", "[]")), "geen voorzitter (chairs) opgegeven." },
        { "chair without role", SeriesImportFiles.Row(("chairs", $"[\"{TestDirectory.Politie}\"]")), $"voorzitter '{TestDirectory.Politie}' heeft niet de rol voorzitter of procesregisseur." },
        { "chair of another jpp", SeriesImportFiles.Row(("chairs", $"[\"{TestDirectory.VoorzitterBrunssum}\"]")), $"voorzitter '{TestDirectory.VoorzitterBrunssum}' neemt niet deel aan 'jpp-heerlen'." },
        { "unknown core member", SeriesImportFiles.Row(("coreMembers", "[\"x-onbekend\"]")), "kernlid 'x-onbekend' is geen actieve professional in de directory." },
        { "procesregisseur role", SeriesImportFiles.Row(("procesregisseur", $"\"{TestDirectory.VoorzitterHeerlen}\"")), $"procesregisseur '{TestDirectory.VoorzitterHeerlen}' heeft niet de rol procesregisseur." },
        { "cancelled off cadence", SeriesImportFiles.Row(("cancelledDates", "[\"2026-12-22\"]")), "vervallen datum 2026-12-22 is geen vergaderdatum van deze reeks." },
        { "closing twice", SeriesImportFiles.Row(("closingDays", "[\"2027-02-08\", \"08-02-2027\"]")), "dubbele datum 2027-02-08 bij sluitingsdagen." },
        { "closing no date", SeriesImportFiles.Row(("closingDays", "[\"2027-02-30\"]")), "datum bij sluitingsdagen '2027-02-30' is ongeldig; schrijf bijvoorbeeld 2026-12-01." },
        { "review weeks", SeriesImportFiles.Row(("reviewWeeks", "{ \"groen\": 0 }")), "een terugkomtermijn voor groen van 0 weken kan niet; kies 1 tot 52 weken." },
        { "digest 0 days before", SeriesImportFiles.Row(("digestWorkingDays", "0")), "het agenda-overzicht (digestWorkingDays) 0 werkdagen voor de vergadering sturen kan niet; kies 1 tot 10 werkdagen." },
        { "digest 11 days before", SeriesImportFiles.Row(("digestWorkingDays", "11")), "het agenda-overzicht (digestWorkingDays) 11 werkdagen voor de vergadering sturen kan niet; kies 1 tot 10 werkdagen." },
        { "empty row", "null", "de rij is leeg." },
    };

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task ImportAsync_ValidSeries_StoresItWithMembersAndDates(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);

        var result = await MeetingTestServices.ImportAsync(database, SeriesImportFiles.WithDirectory(SeriesImportFiles.Row()));

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(1, result.Counts.MeetingSeries);
        Assert.EndsWith("; 1 vergaderreeks(en).", result.Describe(), StringComparison.Ordinal);
        await using var db = database.CreateContext();
        var series = await db.Set<MeetingSeries>().Include(s => s.Members).Include(s => s.Dates).SingleAsync();
        Assert.Equal(
            ("jpp-heerlen", DayOfWeek.Tuesday, new TimeOnly(13, 30), 180, 2, new DateOnly(2026, 12, 1), "jpp.heerlen@heerlen.example", 6, (int?)3, (int?)null),
            (series.JppId, series.Weekday, series.StartTime, series.LengthMinutes, series.IntervalWeeks, series.AnchorDate, series.OrganizerMailbox,
             series.ReviewWeeksGroen!.Value, series.ReviewWeeksOranje, series.ReviewWeeksRood));
        Assert.Equal(
        [
            (TestDirectory.VoorzitterHeerlen, SeriesMemberRole.Voorzitter),
            (TestDirectory.TweedeVoorzitterHeerlen, SeriesMemberRole.Voorzitter),
            (TestDirectory.ProcesregisseurHeerlen, SeriesMemberRole.Procesregisseur),
            (TestDirectory.Politie, SeriesMemberRole.Kernlid),
        ], series.Members.OrderBy(m => m.Role).ThenBy(m => m.ProfessionalId, StringComparer.Ordinal).Select(m => (m.ProfessionalId, m.Role)));
        Assert.Equal(
        [
            (new DateOnly(2026, 12, 29), SeriesDateKind.Cancelled),
            (new DateOnly(2027, 2, 8), SeriesDateKind.ClosingDay),
            (new DateOnly(2027, 2, 9), SeriesDateKind.ClosingDay),
        ], series.Dates.OrderBy(d => d.Date).Select(d => (d.Date, d.Kind)));
        var audit = await db.AuditEvents.SingleAsync(e => e.Action == AuditActions.DirectoryImport);
        Assert.EndsWith(" series=1", audit.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task ImportAsync_SeriesAgain_ReplacesFieldsMembersAndDatesAndLeavesOtherSeries(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        var brunssum = SeriesImportFiles.Row(("jpp", "\"jpp-brunssum\""), ("weekday", "\"donderdag\""), ("anchorDate", "\"2026-12-03\""),
            ("chairs", $"[\"{TestDirectory.VoorzitterBrunssum}\"]"), ("procesregisseur", null), ("coreMembers", null), ("cancelledDates", null));
        Assert.True((await MeetingTestServices.ImportAsync(database, SeriesImportFiles.WithDirectory(SeriesImportFiles.Row(), brunssum))).Succeeded);

        var result = await MeetingTestServices.ImportAsync(database, SeriesImportFiles.Only(SeriesImportFiles.Row(
            ("startTime", "\"09.00\""), ("chairs", $"[\"{TestDirectory.TweedeVoorzitterHeerlen}\"]"), ("coreMembers", $"[\"{TestDirectory.Politie}\", \"{TestDirectory.Casusregisseur}\"]"),
            ("cancelledDates", "[\"2027-01-12\"]"), ("closingDays", "[\"2027-02-08\"]"), ("reviewWeeks", null))));

        Assert.True(result.Succeeded, result.Describe());
        await using var db = database.CreateContext();
        var heerlen = await db.Set<MeetingSeries>().Include(s => s.Members).Include(s => s.Dates).SingleAsync(s => s.JppId == "jpp-heerlen");
        Assert.Equal((new TimeOnly(9, 0), (int?)null), (heerlen.StartTime, heerlen.ReviewWeeksGroen));
        Assert.Equal(
            [
                (TestDirectory.TweedeVoorzitterHeerlen, SeriesMemberRole.Voorzitter),
                (TestDirectory.ProcesregisseurHeerlen, SeriesMemberRole.Procesregisseur),
                (TestDirectory.Politie, SeriesMemberRole.Kernlid),
                (TestDirectory.Casusregisseur, SeriesMemberRole.Kernlid),
            ],
            heerlen.Members.OrderBy(m => m.Role).ThenBy(m => m.ProfessionalId, StringComparer.Ordinal).Select(m => (m.ProfessionalId, m.Role)));
        Assert.Equal(
            [(new DateOnly(2027, 1, 12), SeriesDateKind.Cancelled), (new DateOnly(2027, 2, 8), SeriesDateKind.ClosingDay)],
            heerlen.Dates.OrderBy(d => d.Date).Select(d => (d.Date, d.Kind)));
        var other = await db.Set<MeetingSeries>().Include(s => s.Members).SingleAsync(s => s.JppId == "jpp-brunssum");
        Assert.Equal((DayOfWeek.Thursday, TestDirectory.VoorzitterBrunssum), (other.Weekday, other.Members.Single().ProfessionalId));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task ImportAsync_DigestWorkingDays_StoredReplacedAndBackToTheSettingWhenLeftOut(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);

        var first = await MeetingTestServices.ImportAsync(database, SeriesImportFiles.WithDirectory(SeriesImportFiles.Row(("digestWorkingDays", "4"))));
        var afterFirst = await DigestDaysAsync(database);
        var second = await MeetingTestServices.ImportAsync(database, SeriesImportFiles.Only(SeriesImportFiles.Row(("digestWorkingDays", "10"))));
        var afterSecond = await DigestDaysAsync(database);
        var third = await MeetingTestServices.ImportAsync(database, SeriesImportFiles.Only(SeriesImportFiles.Row()));
        var afterThird = await DigestDaysAsync(database);

        Assert.True(first.Succeeded && second.Succeeded && third.Succeeded, first.Describe() + second.Describe() + third.Describe());
        Assert.Equal(((int?)4, (int?)10, (int?)null), (afterFirst, afterSecond, afterThird));
    }

    [Fact]
    public async Task ImportAsync_BadDigestWorkingDays_KeepsTheStoredSeries()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);
        Assert.True((await MeetingTestServices.ImportAsync(database, SeriesImportFiles.WithDirectory(SeriesImportFiles.Row(("digestWorkingDays", "3"))))).Succeeded);

        var result = await MeetingTestServices.ImportAsync(database, SeriesImportFiles.Only(SeriesImportFiles.Row(("minutes", "120"), ("digestWorkingDays", "-1"))));

        Assert.False(result.Succeeded);
        Assert.Equal([Section + "het agenda-overzicht (digestWorkingDays) -1 werkdagen voor de vergadering sturen kan niet; kies 1 tot 10 werkdagen."],
            result.Errors.Select(e => e.ToString()));
        await using var db = database.CreateContext();
        var series = await db.Set<MeetingSeries>().SingleAsync();
        Assert.Equal((180, (int?)3), (series.LengthMinutes, series.DigestWorkingDays));
    }

    private static async Task<int?> DigestDaysAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return (await db.Set<MeetingSeries>().AsNoTracking().SingleAsync()).DigestWorkingDays;
    }

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task ImportAsync_BadSeriesRow_StoresNothingAndSaysWhyInDutch(string name, string row, string message)
    {
        Assert.NotEmpty(name);
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);

        var result = await MeetingTestServices.ImportAsync(database, SeriesImportFiles.WithDirectory(row));

        Assert.False(result.Succeeded);
        Assert.Equal([Section + message], result.Errors.Select(e => e.ToString()));
        await using var db = database.CreateContext();
        Assert.Equal((0, 0, 0), (await db.Organisations.CountAsync(), await db.Professionals.CountAsync(), await db.Set<MeetingSeries>().CountAsync()));
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task ImportAsync_SeveralBadRows_ListsEveryRowAndKeepsTheStoredSeries(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        Assert.True((await MeetingTestServices.ImportAsync(database, SeriesImportFiles.WithDirectory(SeriesImportFiles.Row()))).Succeeded);

        var result = await MeetingTestServices.ImportAsync(database, SeriesImportFiles.Only(
            SeriesImportFiles.Row(("minutes", "90")),
            SeriesImportFiles.Row(("weekday", "\"zondag\"")),
            SeriesImportFiles.Row(("jpp", "\"jpp-brunssum\""), ("anchorDate", "\"2026-12-03\""), ("organizerMailbox", "\"\""))));

        Assert.Equal(
        [
            "vergaderreeksen, rij 2: dubbele JPP 'jpp-heerlen' (ook in rij 1).",
            "vergaderreeksen, rij 2: weekdag 'zondag' is geen werkdag; kies maandag tot en met vrijdag.",
            "vergaderreeksen, rij 3: eerste datum 2026-12-03 is een donderdag, de reeks is op dinsdag.",
            "vergaderreeksen, rij 3: organisatormailbox (organizerMailbox) ontbreekt.",
            $"vergaderreeksen, rij 3: voorzitter '{TestDirectory.VoorzitterHeerlen}' neemt niet deel aan 'jpp-brunssum'.",
            $"vergaderreeksen, rij 3: voorzitter '{TestDirectory.TweedeVoorzitterHeerlen}' neemt niet deel aan 'jpp-brunssum'.",
            $"vergaderreeksen, rij 3: procesregisseur '{TestDirectory.ProcesregisseurHeerlen}' neemt niet deel aan 'jpp-brunssum'.",
        ], result.Errors.Select(e => e.ToString()));
        await using var db = database.CreateContext();
        Assert.Equal(180, (await db.Set<MeetingSeries>().SingleAsync()).LengthMinutes);
        Assert.Equal(AuditOutcomes.Rejected, (await db.AuditEvents.OrderBy(e => e.Id).LastAsync()).Outcome);
    }

    [Fact]
    public async Task ImportAsync_ChairDeactivatedBySameFile_IsRefused()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);
        // Both chairs of JPP Heerlen (the only ones with exactly these roles and JPPs) are made inactive by the file itself.
        var file = SeriesImportFiles.WithDirectory(SeriesImportFiles.Row()).Replace(
            "\"roles\": [ \"voorzitter\" ], \"jpps\": [ \"jpp-heerlen\" ] }",
            "\"roles\": [ \"voorzitter\" ], \"jpps\": [ \"jpp-heerlen\" ], \"active\": false }",
            StringComparison.Ordinal);

        var result = await MeetingTestServices.ImportAsync(database, file);

        Assert.Equal(
            [
                Section + $"voorzitter '{TestDirectory.VoorzitterHeerlen}' is geen actieve professional in de directory.",
                Section + $"voorzitter '{TestDirectory.TweedeVoorzitterHeerlen}' is geen actieve professional in de directory.",
            ],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task ImportAsync_MisspeltSeriesField_RefusesTheFile()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, postgres);

        var result = await MeetingTestServices.ImportAsync(database, SeriesImportFiles.WithDirectory(SeriesImportFiles.Row(("weekdag", "\"dinsdag\""))));

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("bestand: het bestand is geen geldig JSON-importbestand", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("meetingSeries", error.Message, StringComparison.Ordinal);
    }
}
