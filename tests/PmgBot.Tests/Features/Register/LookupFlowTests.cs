using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Bot.Routing;
using PmgBot.Core.Audit;
using PmgBot.Core.Features.Chair;
using PmgBot.Core.Features.Register;
using PmgBot.Core.Register;
using PmgBot.Core.Turns;
using PmgBot.Tests.Cards;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Register;

/// <summary>The casusregisseur lookup through the real endpoint: who sees what, and that everyone else sees "not found".</summary>
public sealed class LookupFlowTests : BotAppTest
{
    private const string Question = "wie is de casusregisseur van Jan de Vries (12-03-2010)";

    [Theory]
    [InlineData("wie is de casusregisseur van Jan de Vries (12-03-2010)")]
    [InlineData("Wie is casusregisseur van jan DE vries 12/3/2010?")]
    [InlineData("casusregisseur Jan de Vries")]
    [InlineData("casusregisseur Jan de Vries 12-03-2010")]
    [InlineData("zoek jongere Jan de Vries")]
    public async Task Lookup_Casusregisseur_GetsYouthCardWithChatLink(string text)
    {
        await LookupFixture.AddJanAsync(App);

        await App.PostAndWaitAsync(TestActivities.Message(text, TestDirectory.Casusregisseur));

        var call = Assert.Single(App.Connector.Calls);
        Assert.Null(call.Text);
        var card = call.Card!.ToJsonString();
        Assert.Contains(LookupFixture.JanName, card, StringComparison.Ordinal);
        Assert.Contains("12 maart 2010", card, StringComparison.Ordinal);
        Assert.Contains("oranje (LJA)", card, StringComparison.Ordinal);
        Assert.Contains("\"color\":\"Warning\"", card, StringComparison.Ordinal);
        Assert.Contains("dinsdag 1 september 2026", card, StringComparison.Ordinal);
        Assert.Contains("Cas Regie", card, StringComparison.Ordinal);
        Assert.Contains("Jongerenwerk Voorbeeld", card, StringComparison.Ordinal);
        Assert.Contains("06-12340006", card, StringComparison.Ordinal);
        Assert.Contains("https://teams.microsoft.com/l/chat/0/0?users=cas.regie%40jongerenwerk.example", card, StringComparison.Ordinal);
        Assert.Contains("Piet Proces", card, StringComparison.Ordinal);
        Assert.Contains("Volgende JPP-bespreking", card, StringComparison.Ordinal);
        Assert.DoesNotContain("youth.chair", card, StringComparison.Ordinal);
        var audit = await App.QueryAsync(db => db.AuditEvents.SingleAsync(a => a.Action == AuditActions.YouthLookup));
        Assert.Equal((YouthLookupOutcomes.Found, LookupFixture.JanCode), (audit.Outcome, audit.RecordId));
        Assert.DoesNotContain("Jan", audit.Detail ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_DeelnemerOfInvolvedOrganisation_GetsYouthCard()
    {
        var jan = await LookupFixture.AddJanAsync(App);
        await App.QueryAsync(async db =>
        {
            db.YouthInvolvements.Add(new Core.Register.YouthInvolvement { YouthId = jan.Id, OrganisationId = "politie", AddedById = "x", AddedAtUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });

        await App.PostAndWaitAsync(TestActivities.Message(Question, TestDirectory.Politie));

        Assert.Contains(LookupFixture.JanName, Assert.Single(App.Connector.Calls).Card!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_ChairOfTheJpp_GetsYouthCardWithChairActions()
    {
        await LookupFixture.AddJanAsync(App);

        await App.PostAndWaitAsync(TestActivities.Message(Question, TestDirectory.VoorzitterHeerlen));

        var card = Assert.Single(App.Connector.Calls).Card!;
        var chair = Descendants(card).Single(o => (string?)o["verb"] == "youth.chair");
        Assert.Equal("Acties voorzitter", (string?)chair["title"]);
        Assert.Equal(LookupFixture.JanCode, (string?)chair["data"]!["code"]);
    }

    [Fact]
    public async Task Lookup_RecentReporter_GetsOnlyTheCasusregisseursContact()
    {
        await LookupFixture.AddJanAsync(App);

        await App.PostAndWaitAsync(TestActivities.Message(Question, TestDirectory.Melder));

        var call = Assert.Single(App.Connector.Calls);
        var card = call.Card!.ToJsonString();
        Assert.Contains("Casusregisseur van casus PMG-J-0017", card, StringComparison.Ordinal);
        Assert.Contains("Cas Regie", card, StringComparison.Ordinal);
        Assert.Contains("Jongerenwerk Voorbeeld", card, StringComparison.Ordinal);
        Assert.Contains("cas.regie%40jongerenwerk.example", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Jan", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Vries", card, StringComparison.Ordinal);
        Assert.DoesNotContain("2010", card, StringComparison.Ordinal);
        Assert.DoesNotContain("oranje", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Piet Proces", card, StringComparison.Ordinal);
        Assert.Equal(YouthLookupOutcomes.ContactOnly, (await App.QueryAsync(db => db.AuditEvents.SingleAsync(a => a.Action == AuditActions.YouthLookup))).Outcome);
    }

    /// <summary>Users with a lookup role but no relation to Jan (another JPP's chair and teacher, police and a teacher of Jan's JPP without involvement).</summary>
    public static TheoryData<string> UnrelatedUsers => new()
    {
        TestDirectory.VoorzitterBrunssum,
        TestDirectory.MelderBrunssum,
        TestDirectory.Politie,
        TestDirectory.Casusregisseur + "|kees",
    };

    [Theory]
    [MemberData(nameof(UnrelatedUsers))]
    public async Task Lookup_UnrelatedUser_ByteIdenticalToNonExistentYouth(string userAndCase)
    {
        await LookupFixture.AddJanAsync(App);
        var user = userAndCase.Split('|')[0];
        var (existing, missing) = userAndCase.EndsWith("|kees", StringComparison.Ordinal)
            ? ("casusregisseur Kees Smit 05-06-2011", "casusregisseur Kees Smid 05-06-2011")
            : (Question, "wie is de casusregisseur van Piet Nergens (01-01-2011)");

        await App.PostAndWaitAsync(TestActivities.Message(existing, user));
        await App.PostAndWaitAsync(TestActivities.Message(missing, user));

        var calls = App.Connector.Calls;
        Assert.Equal(2, calls.Count);
        Assert.Equal(Scrub(calls[1]), Scrub(calls[0]));
        Assert.Equal(LookupFlow.NotFoundText, calls[0].Text);
        Assert.Null(calls[0].Body!["attachments"]);
        var outcomes = await App.QueryAsync(db => db.AuditEvents.Where(a => a.Action == AuditActions.YouthLookup).Select(a => new { a.Outcome, a.RecordId, a.RecordType }).ToListAsync());
        Assert.Equal(2, outcomes.Count);
        Assert.All(outcomes, o => Assert.Equal((YouthLookupOutcomes.NotFound, (string?)null, (string?)null), (o.Outcome, o.RecordId, o.RecordType)));
    }

    [Theory]
    [MemberData(nameof(UnrelatedUsers))]
    public async Task LookupCard_UnrelatedUser_ByteIdenticalInvokeResponse(string userAndCase)
    {
        await LookupFixture.AddJanAsync(App);
        var user = userAndCase.Split('|')[0];
        var (existing, missing) = userAndCase.EndsWith("|kees", StringComparison.Ordinal)
            ? (("Kees Smit", "2011-06-05"), ("Kees Smid", "2011-06-05"))
            : ((LookupFixture.JanName, "2010-03-12"), ("Piet Nergens", "2011-01-01"));

        var first = await InvokeAsync("youth.lookup", new JsonObject { ["name"] = existing.Item1, ["dateOfBirth"] = existing.Item2 }, user);
        var second = await InvokeAsync("youth.lookup", new JsonObject { ["name"] = missing.Item1, ["dateOfBirth"] = missing.Item2 }, user);
        var byCode = await InvokeAsync("youth.open", new JsonObject { ["code"] = userAndCase.EndsWith("|kees", StringComparison.Ordinal) ? LookupFixture.KeesCode : LookupFixture.JanCode }, user);
        var unknownCode = await InvokeAsync("youth.open", new JsonObject { ["code"] = "PMG-J-9999" }, user);

        Assert.Equal(second, first);
        Assert.Equal(unknownCode, byCode);
        Assert.Equal(first, byCode);
        Assert.Contains(LookupFlow.NotFoundText, first, StringComparison.Ordinal);
        Assert.Empty(App.Connector.Calls);
    }

    [Theory]
    [MemberData(nameof(UnrelatedUsers))]
    public async Task Lookup_UnrelatedUser_RunsTheSameSqlAsNonExistentYouth(string userAndCase)
    {
        await LookupFixture.AddJanAsync(App);
        await App.WaitForStartJobsAsync();
        var user = userAndCase.Split('|')[0];
        var kees = userAndCase.EndsWith("|kees", StringComparison.Ordinal);
        var (existing, missing) = kees
            ? ("casusregisseur Kees Smit 05-06-2011", "casusregisseur Kees Smid 05-06-2011")
            : (Question, "wie is de casusregisseur van Piet Nergens (01-01-2011)");
        var dataSource = App.Services.GetRequiredService<IConfiguration>()["Database:ConnectionString"]!["Data Source=".Length..];
        using var sql = new SqlCommandRecorder(dataSource);
        sql.Recording = true;
        // EF Core caches for a moment whether anyone listens: wait until our listener sees a probe query.
        for (var i = 0; i < 100 && sql.Commands.Count == 0; i++)
        {
            await App.QueryAsync(db => db.Youths.CountAsync());
            await Task.Delay(50);
        }

        Assert.NotEmpty(sql.Commands);
        await App.PostAndWaitAsync(TestActivities.Message("menu", user));
        sql.Clear();

        await App.PostAndWaitAsync(TestActivities.Message(existing, user));
        var searchExisting = WithoutInbox(sql.Commands);
        sql.Clear();
        await App.PostAndWaitAsync(TestActivities.Message(missing, user));
        var searchMissing = WithoutInbox(sql.Commands);
        sql.Clear();
        _ = await InvokeAsync("youth.open", new JsonObject { ["code"] = kees ? LookupFixture.KeesCode : LookupFixture.JanCode }, user);
        var openExisting = WithoutInbox(sql.Commands);
        sql.Clear();
        _ = await InvokeAsync("youth.open", new JsonObject { ["code"] = "PMG-J-9999" }, user);
        var openMissing = WithoutInbox(sql.Commands);

        // The register query, which reads the user's relation facts too, and the audit insert; nothing more for an existing youth.
        Assert.Equal(2, searchExisting.Count);
        Assert.Contains("YouthJppShares", searchExisting[0], StringComparison.Ordinal);
        Assert.Contains("YouthInvolvements", searchExisting[0], StringComparison.Ordinal);
        Assert.Contains("AuditEvents", searchExisting[1], StringComparison.Ordinal);
        Assert.Equal(searchMissing, searchExisting);
        Assert.Equal(2, openExisting.Count);
        Assert.Contains("YouthJppShares", openExisting[0], StringComparison.Ordinal);
        Assert.Equal(openMissing, openExisting);
    }

    /// <summary>The endpoint stores and completes each typed turn in the inbox; those statements are not the lookup's.</summary>
    private static List<string> WithoutInbox(IEnumerable<string> commands) =>
        [.. commands.Where(c => !c.Contains("\"InboxTurns\"", StringComparison.Ordinal))];

    [Fact]
    public async Task Lookup_SeveralMatches_ChoiceListOfOnlyVisibleYouths()
    {
        var jan = await LookupFixture.AddJanAsync(App);
        await App.QueryAsync(async db =>
        {
            db.Youths.Add(RegisterTestData.Youth("PMG-J-0020", "Jan", null, "de Vries", new DateOnly(2009, 12, 3), casusregisseurId: TestDirectory.Casusregisseur));
            db.Youths.Add(RegisterTestData.Youth("PMG-J-0021", "Jan", "de", "Vries", new DateOnly(2012, 1, 1), "jpp-brunssum"));
            return await db.SaveChangesAsync();
        });

        await App.PostAndWaitAsync(TestActivities.Message("casusregisseur Jan de Vries", TestDirectory.Casusregisseur));

        var call = Assert.Single(App.Connector.Calls);
        Assert.Null(call.Text);
        var card = call.Card!;
        var opened = Descendants(card).Where(o => (string?)o["verb"] == "youth.open").Select(o => (string?)o["data"]!["code"]).ToList();
        Assert.Equal(["PMG-J-0020", LookupFixture.JanCode], opened);
        Assert.DoesNotContain("PMG-J-0021", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("geboren 12 maart 2010", card.ToJsonString(), StringComparison.Ordinal);
        var audit = await App.QueryAsync(db => db.AuditEvents.SingleAsync(a => a.Action == AuditActions.YouthLookup));
        Assert.Equal("choices: PMG-J-0020,PMG-J-0017", audit.Detail);
        _ = jan;
    }

    [Fact]
    public async Task Lookup_SeveralMatchesNoneVisible_NotFound()
    {
        await App.QueryAsync(async db =>
        {
            db.Youths.Add(RegisterTestData.Youth("PMG-J-0030", "Jan", "de", "Vries", new DateOnly(2009, 12, 3), "jpp-brunssum"));
            db.Youths.Add(RegisterTestData.Youth("PMG-J-0031", "Jan", "de", "Vries", new DateOnly(2012, 1, 1), "jpp-brunssum"));
            return await db.SaveChangesAsync();
        });

        await App.PostAndWaitAsync(TestActivities.Message("casusregisseur Jan de Vries", TestDirectory.Politie));

        Assert.Equal(LookupFlow.NotFoundText, Assert.Single(App.Connector.Calls).Text);
    }

    [Fact]
    public async Task OpenYouth_FromNotice_ShowsCardAndAuditsBoth()
    {
        await LookupFixture.AddJanAsync(App);

        var body = await InvokeAsync("youth.open", new JsonObject { ["code"] = LookupFixture.JanCode, ["source"] = "notice" }, TestDirectory.Casusregisseur);

        Assert.Contains(LookupFixture.JanName, body, StringComparison.Ordinal);
        Assert.Equal(1, await App.CountAuditAsync(AuditActions.YouthView));
        Assert.Equal(1, await App.CountAuditAsync(AuditActions.MatchNoticeOpened));
        var view = await App.QueryAsync(db => db.AuditEvents.SingleAsync(a => a.Action == AuditActions.YouthView));
        Assert.Equal((YouthLookupOutcomes.Found, "youth", LookupFixture.JanCode), (view.Outcome, view.RecordType, view.RecordId));
    }

    [Fact]
    public async Task OpenYouth_ForgedCodeWithoutNotice_NotFoundAndNoNoticeAudit()
    {
        await LookupFixture.AddJanAsync(App);

        var body = await InvokeAsync("youth.open", new JsonObject { ["code"] = LookupFixture.JanCode }, TestDirectory.MelderBrunssum);

        Assert.Contains(LookupFlow.NotFoundText, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Vries", body, StringComparison.Ordinal);
        Assert.Equal(0, await App.CountAuditAsync(AuditActions.MatchNoticeOpened));
        Assert.Equal(YouthLookupOutcomes.NotFound, (await App.QueryAsync(db => db.AuditEvents.SingleAsync(a => a.Action == AuditActions.YouthView))).Outcome);
    }

    [Theory]
    [InlineData("casusregisseur")]
    [InlineData("zoek jongere")]
    [InlineData("wie is de casusregisseur van")]
    public async Task Lookup_WithoutName_ShowsSearchCard(string text)
    {
        await App.PostAndWaitAsync(TestActivities.Message(text));

        var card = Assert.Single(App.Connector.Calls).Card!.ToJsonString();
        Assert.Contains("Casusregisseur zoeken", card, StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"youth.lookup\"", card, StringComparison.Ordinal);
        Assert.Equal(0, await App.CountAuditAsync(AuditActions.YouthLookup));
    }

    [Fact]
    public async Task MenuEntry_OpensSearchCard()
    {
        await App.PostAndWaitAsync(TestActivities.Message("menu"));
        var menu = Assert.Single(App.Connector.Calls).Card!.ToJsonString();

        var body = await InvokeAsync("youth.search", new JsonObject());

        Assert.Contains("Casusregisseur zoeken", menu, StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"youth.search\"", menu, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"dateOfBirth\"", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "2010-03-12", nameof(RegisterTexts.NameMissing), null)]
    [InlineData("Jan", "", nameof(RegisterTexts.NameIncomplete), null)]
    [InlineData("Jan de Vries", "2010-02-30", null, nameof(RegisterTexts.DateNotExisting))]
    [InlineData("Jan de Vries", "morgen", null, nameof(RegisterTexts.DateUnclear))]
    [InlineData("Jan de Vries", "2099-01-01", null, nameof(RegisterTexts.DateInFuture))]
    [InlineData(CardVariants.Nasty, "2099-01-01", null, nameof(RegisterTexts.DateInFuture))]
    public async Task LookupCard_BadInput_MessagePerFieldInputKeptNothingSearched(string name, string date, string? nameError, string? dateError)
    {
        await LookupFixture.AddJanAsync(App);
        var youthsBefore = await App.QueryAsync(db => db.Youths.CountAsync());

        var response = await App.PostAsync(TestActivities.Invoke("youth.lookup", new JsonObject { ["name"] = name, ["dateOfBirth"] = date }, TestDirectory.Casusregisseur));
        var card = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!;

        var nameInput = Descendants(card).Single(o => (string?)o["id"] == "name");
        Assert.Equal(name, (string?)nameInput["value"]);
        var texts = Descendants(card).Where(o => (string?)o["type"] == "TextBlock").Select(o => (string?)o["text"]).ToList();
        foreach (var error in new[] { nameError, dateError }.OfType<string>())
        {
            Assert.Contains(RegisterTexts.Resources[error], texts);
        }

        Assert.DoesNotContain("Cas Regie", card.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(LookupFixture.JanCode, card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(youthsBefore, await App.QueryAsync(db => db.Youths.CountAsync()));
        Assert.Equal(YouthLookupOutcomes.Invalid, (await App.QueryAsync(db => db.AuditEvents.SingleAsync(a => a.Action == AuditActions.YouthLookup))).Outcome);
    }

    [Fact]
    public async Task LookupCard_ValidInput_ReplacesSearchCardWithYouthCard()
    {
        await LookupFixture.AddJanAsync(App);

        var body = await InvokeAsync("youth.lookup", new JsonObject { ["name"] = "jan de vries", ["dateOfBirth"] = "2010-03-12" }, TestDirectory.Casusregisseur);

        Assert.Contains("application/vnd.microsoft.card.adaptive", body, StringComparison.Ordinal);
        Assert.Contains(LookupFixture.JanName, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_ProgrammeManager_RefusedByRole()
    {
        await App.PostAndWaitAsync(TestActivities.Message(Question, TestDirectory.Programmamanager));

        Assert.Contains("niet beschikbaar voor jouw rol", Assert.Single(App.Connector.Calls).Text, StringComparison.Ordinal);
        Assert.Equal(0, await App.CountAuditAsync(AuditActions.YouthLookup));
    }

    [Fact]
    public async Task Lookup_InGroupChat_OnlyGeneralHelp()
    {
        await LookupFixture.AddJanAsync(App);

        await App.PostAndWaitAsync(TestActivities.GroupMessage(Question, TestDirectory.Casusregisseur));

        var call = Assert.Single(App.Connector.Calls);
        Assert.DoesNotContain("Cas Regie", call.AllText, StringComparison.Ordinal);
        Assert.Contains("In een groepsgesprek", call.AllText, StringComparison.Ordinal);
        Assert.Equal(0, await App.CountAuditAsync(AuditActions.YouthLookup));
    }

    [Fact]
    public async Task OpenYouth_HostileTextInTheRegister_ComesBackLiterallyInTextRuns()
    {
        await App.QueryAsync(async db =>
        {
            db.Youths.Add(RegisterTestData.Youth("PMG-J-0066", CardVariants.Nasty, null, "**Vet** [link](http://x) <b>html</b> ${name}", LookupFixture.JanDob,
                casusregisseurId: TestDirectory.Casusregisseur));
            return await db.SaveChangesAsync();
        });

        var card = JsonNode.Parse(await InvokeAsync("youth.open", new JsonObject { ["code"] = "PMG-J-0066" }, TestDirectory.Casusregisseur))!["value"]!;

        var runs = Descendants(card).Where(o => (string?)o["type"] == "TextRun").Select(o => (string?)o["text"]).ToList();
        Assert.Contains(CardVariants.Nasty + " **Vet** [link](http://x) <b>html</b> ${name}", runs);
        Assert.DoesNotContain(Descendants(card).Where(o => (string?)o["type"] == "TextBlock"), o => ((string?)o["text"] ?? "").Contains("**Vet**", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(RegisterVerbs.Lookup)]
    [InlineData(RegisterVerbs.OpenYouth)]
    [InlineData(RegisterVerbs.OpenLookup)]
    [InlineData(ChairVerbs.OpenChairActions)]
    public void LookupVerbs_OfTheTemplates_HaveARoute(string verb)
    {
        var routes = BotRoutes.Create(development: false);

        Assert.NotNull(routes.Match(RouteKind.Verb, verb, RouteScope.Personal));
    }

    private async Task<string> InvokeAsync(string verb, JsonObject data, string user = TestDirectory.Melder)
    {
        var response = await App.PostAsync(TestActivities.Invoke(verb, data, user));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The outbound call without what differs per message anyway: the inbound activity id it replies to.</summary>
    private static string Scrub(RecordedCall call)
    {
        var body = call.Body!.DeepClone().AsObject();
        body.Remove("replyToId");
        body.Remove("id");
        body.Remove("timestamp");
        return call.Method + " " + Regex.Replace(call.Path, "/activities/[^/]+$", "/activities/{id}") + " " + body.ToJsonString();
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.SelectMany(p => Descendants(p.Value))),
        JsonArray array => array.SelectMany(Descendants),
        _ => [],
    };
}
