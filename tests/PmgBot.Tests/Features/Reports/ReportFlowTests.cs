using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PmgBot.Bot.Routing;
using PmgBot.Core.Audit;
using PmgBot.Core.Features.Reports;
using PmgBot.Core.Features.Screening;
using PmgBot.Core.Outbox;
using PmgBot.Core.Register;
using PmgBot.Core.Turns;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Reports;

/// <summary>Zorg melden through the HTTP endpoint: opening the card, storing one report per card, the confirmation.</summary>
public sealed partial class ReportFlowTests : ReportTest
{
    [Fact]
    public async Task OpenVerb_FromMenu_ShowsFormWithOrganisationMunicipalitiesAndNewCardId()
    {
        var first = CardOf(await InvokeAsync(ReportVerbs.OpenReport));
        var second = CardOf(await InvokeAsync(ReportVerbs.OpenReport));

        Assert.True(IsForm(first));
        Assert.Contains(TestDirectory.MelderOrganisation, CardNodes.TextRuns(first));
        var choices = CardNodes.Input(first, "municipality")!["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>());
        Assert.Equal(["brunssum", "heerlen"], choices);
        Assert.True(Guid.TryParse(CardIdOf(first), out _));
        Assert.NotEqual(CardIdOf(first), CardIdOf(second));
        Assert.Equal(1, CardNodes.ActionData(first, ReportVerbs.SubmitReport)!["cardVersion"]!.GetValue<int>());
        Assert.Null(CardNodes.Input(first, "ageConfirmed"));
    }

    [Theory]
    [InlineData("melding")]
    [InlineData("Signaal")]
    [InlineData("zorg melden")]
    [InlineData("melden!")]
    [InlineData("ik maak me zorgen over een leerling")]
    [InlineData("ik wil een zorg melden")]
    [InlineData("ik heb een signaal")]
    [InlineData("zorgen over een jongere")]
    public async Task TypedText_CommandOrConcernPhrasing_SendsTheReportCard(string text)
    {
        await App.PostAndWaitAsync(TestActivities.Message(text));

        var call = Assert.Single(App.Connector.Calls);
        Assert.True(IsForm(call.Card!));
        Assert.Null(call.Text);
    }

    [Fact]
    public async Task TypedText_Unrecognised_StillNotUnderstoodWithMenu()
    {
        await App.PostAndWaitAsync(TestActivities.Message("maak je geen zorgen over mij"));

        var calls = App.Connector.Calls;
        Assert.Equal(2, calls.Count);
        Assert.Contains("Dat begrijp ik niet", calls[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupChat_ReportCommand_OnlyGeneralHelp()
    {
        await App.PostAndWaitAsync(TestActivities.GroupMessage("melding"));

        var call = Assert.Single(App.Connector.Calls);
        Assert.False(IsForm(call.Card ?? new JsonObject()));
    }

    [Fact]
    public async Task GroupChat_SubmitVerb_NothingStored()
    {
        var before = await DatabaseCounts.ReadAsync(App);

        var response = await App.PostAsync(TestActivities.Invoke(ReportVerbs.SubmitReport, ReportData.ValidYouth(),
            conversation: TestActivities.GroupConversation, conversationType: "groupChat"));

        Assert.DoesNotContain("Melding ontvangen", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseCounts.ReadAsync(App));
    }

    [Fact]
    public async Task Menu_ForMelder_OffersZorgMeldenAndMijnMeldingen()
    {
        await App.PostAndWaitAsync(TestActivities.Message("menu"));

        var card = Assert.Single(App.Connector.Calls).Card!.ToJsonString();
        Assert.Contains("\"verb\":\"report.open\"", card, StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"report.mine\"", card, StringComparison.Ordinal);
        Assert.Contains("Zorg melden", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Menu_ForProgrammamanager_OffersNoReporting()
    {
        await App.PostAndWaitAsync(TestActivities.Message("menu", TestDirectory.Programmamanager, ConversationOf(TestDirectory.Programmamanager)));

        var card = Assert.Single(App.Connector.Calls).Card!.ToJsonString();
        Assert.DoesNotContain("report.open", card, StringComparison.Ordinal);
        Assert.DoesNotContain("report.mine", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_ValidYouth_StoresOneReportAndConfirms()
    {
        var opened = CardOf(await InvokeAsync(ReportVerbs.OpenReport));
        var cardId = CardIdOf(opened);

        var card = await SubmitAsync(ReportData.ValidYouth(cardId));

        Assert.True(IsConfirmation(card), card.ToJsonString());
        var reference = ReferenceOf(card);
        Assert.Matches(ReferencePattern(), reference);
        var report = await App.QueryAsync(db => db.Reports.AsNoTracking().SingleAsync());
        Assert.Equal(reference, report.Reference);
        Assert.Equal(cardId, report.IdempotencyKey);
        Assert.Equal(TestDirectory.Melder, report.ReporterId);
        Assert.Equal("voorbeeldschool", report.ReporterOrganisationId);
        Assert.Equal(ReportSubject.Jongere, report.Subject);
        Assert.Equal(("Daan", "van der", "Berg"), (report.YouthFirstName, report.YouthTussenvoegsel, report.YouthLastName));
        Assert.Equal(("daan", "berg"), (report.NormalizedFirstName, report.NormalizedLastName));
        Assert.Equal("jpp-heerlen", report.JppId);
        Assert.Equal("heerlen", report.MunicipalityId);
        Assert.Equal(ReportStatus.Ontvangen, report.Status);
        Assert.Equal(ConcernTypes.Schoolverzuim | ConcernTypes.Drugs, report.ConcernTypes);
        Assert.Equal(ReportData.Description, report.Description);
        Assert.True(report.YouthAndParentsInformed);
        Assert.Null(report.School);
        Assert.Null(report.GroupOrLocation);
        Assert.Equal(1, await App.QueryAsync(db => db.AuditEvents.CountAsync(a => a.Action == AuditActions.ReportSubmit && a.RecordId == reference && a.Outcome == AuditOutcomes.Success)));
        var detail = await App.QueryAsync(db => db.AuditEvents.Where(a => a.Action == AuditActions.ReportSubmit).Select(a => a.Detail).SingleAsync());
        Assert.DoesNotContain("Daan", detail ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("Berg", detail ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_Confirmation_SaysWhoScreensNextJppAndWhatToDoWhenUrgent()
    {
        var card = await SubmitAsync(ReportData.ValidYouth());

        var runs = string.Concat(CardNodes.TextRuns(card));
        Assert.Contains("Daan van der Berg (geboren ", runs, StringComparison.Ordinal);
        Assert.Contains("Vera Voorzitter, Wim Tweede", runs, StringComparison.Ordinal);
        Assert.Contains("JPP Heerlen", runs, StringComparison.Ordinal);
        Assert.Contains(ReportCards.NextMeetingUnknown, runs, StringComparison.Ordinal);
        Assert.Contains(CardNodes.TextBlocks(card), t => t.StartsWith("Bij acuut gevaar: bel 112.", StringComparison.Ordinal));
        Assert.DoesNotContain(CardNodes.TextBlocks(card), t => t == "Spoed");
        Assert.Equal(ReportVerbs.MyReports, CardNodes.All(card).First(o => (string?)o["type"] == "Action.Execute")["verb"]!.GetValue<string>());
    }

    [Fact]
    public async Task Submit_NextJppPlanned_ShowsTheFirstMeetingAfterNowInDutch()
    {
        await App.QueryAsync(async db =>
        {
            db.JppMeetings.AddRange(
                new JppMeeting { JppId = "jpp-heerlen", StartsAtUtc = new DateTime(2020, 12, 1, 13, 0, 0, DateTimeKind.Utc) },
                new JppMeeting { JppId = "jpp-heerlen", StartsAtUtc = new DateTime(2099, 12, 15, 13, 0, 0, DateTimeKind.Utc) },
                new JppMeeting { JppId = "jpp-heerlen", StartsAtUtc = new DateTime(2099, 12, 1, 13, 0, 0, DateTimeKind.Utc) },
                new JppMeeting { JppId = "jpp-brunssum", StartsAtUtc = new DateTime(2099, 11, 24, 13, 0, 0, DateTimeKind.Utc) });
            return await db.SaveChangesAsync();
        });

        var card = await SubmitAsync(ReportData.ValidYouth());

        Assert.Contains("dinsdag 1 december 2099", CardNodes.TextRuns(card));
    }

    [Fact]
    public async Task Submit_SameCardTwice_OneReportSameConfirmation()
    {
        var data = ReportData.ValidYouth();

        var first = await SubmitAsync(data);
        var before = await DatabaseCounts.ReadAsync(App);
        var second = await SubmitAsync(data);

        Assert.True(IsConfirmation(second));
        Assert.True(JsonNode.DeepEquals(first, second), "a repeated submit shows the same confirmation");
        Assert.Equal(before, await DatabaseCounts.ReadAsync(App));
        Assert.Equal(1, before.Reports);
        Assert.Equal(1, await App.CountAuditAsync(AuditActions.ReportSubmit));
    }

    [Fact]
    public async Task Submit_SameCardConcurrently_OneReport()
    {
        var data = ReportData.ValidYouth();

        var cards = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SubmitAsync(data)));

        Assert.All(cards, c => Assert.True(IsConfirmation(c), c.ToJsonString()));
        Assert.Single(cards.Select(ReferenceOf).Distinct());
        Assert.Equal(1, await App.QueryAsync(db => db.Reports.CountAsync()));
        // One report, and one youth record made by matching (screening slice).
        Assert.Equal("report-" + ReferenceOf(cards[0]).Split('-')[1] + "=1;youth=1", (await DatabaseCounts.ReadAsync(App)).Counters);
    }

    [Fact]
    public async Task Submit_TwoCards_TwoReferencesInOrder()
    {
        var first = ReferenceOf(await SubmitAsync(ReportData.ValidYouth()));
        var second = ReferenceOf(await SubmitAsync(ReportData.ValidGroup()));

        Assert.EndsWith("-00001", first, StringComparison.Ordinal);
        Assert.EndsWith("-00002", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_CardIdOfAnotherReporter_FreshCardNothingShownNothingStored()
    {
        var data = ReportData.ValidYouth();
        var reference = ReferenceOf(await SubmitAsync(data));
        var before = await DatabaseCounts.ReadAsync(App);

        var card = await SubmitAsync(data.With("municipality", "brunssum"), TestDirectory.MelderBrunssum);

        Assert.True(IsForm(card));
        Assert.Contains(ReportCards.OtherReportersCardMessage, CardNodes.TextBlocks(card));
        Assert.NotEqual((string)data["cardId"]!, CardIdOf(card));
        Assert.DoesNotContain(reference, card.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Daan", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseCounts.ReadAsync(App));
    }

    [Fact]
    public async Task Submit_GroupReport_StoredWithoutYouthFields()
    {
        var card = await SubmitAsync(ReportData.ValidGroup().With("firstName", "Daan").With("municipality", "brunssum"), TestDirectory.MelderBrunssum);

        Assert.True(IsConfirmation(card), card.ToJsonString());
        var report = await App.QueryAsync(db => db.Reports.AsNoTracking().SingleAsync());
        Assert.Equal(ReportSubject.Groep, report.Subject);
        Assert.Null(report.YouthFirstName);
        Assert.Null(report.NormalizedFirstName);
        Assert.Null(report.YouthDateOfBirth);
        Assert.Equal("Groep bij het winkelcentrum", report.GroupOrLocation);
        Assert.Equal("jpp-brunssum", report.JppId);
        Assert.Equal("brunssumschool", report.ReporterOrganisationId);
        Assert.Contains("Groep: Groep bij het winkelcentrum", CardNodes.TextRuns(card));
        Assert.Contains("Bert Brunssum", CardNodes.TextRuns(card));
    }

    [Fact]
    public async Task Submit_AgeOutside8To27_AsksConfirmationThenStoresWithIt()
    {
        var data = ReportData.ValidYouth(age: 6);

        var asked = await SubmitAsync(data);

        Assert.True(IsForm(asked));
        Assert.Equal((string)data["cardId"]!, CardIdOf(asked));
        var toggle = CardNodes.Input(asked, "ageConfirmed");
        Assert.NotNull(toggle);
        Assert.Equal("De leeftijd klopt", toggle["title"]!.GetValue<string>());
        Assert.Contains(CardNodes.TextBlocks(asked), t => t.StartsWith("Volgens deze geboortedatum is de jongere 6 jaar.", StringComparison.Ordinal));
        Assert.Equal(0, await App.QueryAsync(db => db.Reports.CountAsync()));

        var stored = await SubmitAsync(data.With("ageConfirmed", "true"));

        Assert.True(IsConfirmation(stored), stored.ToJsonString());
        Assert.Equal(1, await App.QueryAsync(db => db.Reports.CountAsync()));
    }

    [Fact]
    public async Task Submit_Spoed_AlertsChairsAndProcesregisseurAtOnceWithCodesOnly()
    {
        var data = ReportData.ValidYouth().With("urgency", "spoed");

        var card = await SubmitAsync(data);

        Assert.True(IsConfirmation(card), card.ToJsonString());
        var reference = ReferenceOf(card);
        var runs = string.Concat(CardNodes.TextRuns(card));
        Assert.Contains("Vera Voorzitter (Zorg- en Veiligheidshuis Voorbeeld)", runs, StringComparison.Ordinal);
        Assert.Contains("Wim Tweede (Gemeente Heerlen)", runs, StringComparison.Ordinal);
        Assert.Contains("Piet Proces (Zorg- en Veiligheidshuis Voorbeeld)", runs, StringComparison.Ordinal);
        Assert.DoesNotContain("Bert Brunssum", runs, StringComparison.Ordinal);
        Assert.DoesNotContain("Cas Regie", runs, StringComparison.Ordinal);

        var messages = await App.QueryAsync(db => db.OutboxMessages.AsNoTracking().OrderBy(m => m.DedupKey).ToListAsync());
        Assert.Equal(
            new[] { TestDirectory.VoorzitterHeerlen, TestDirectory.ProcesregisseurHeerlen, TestDirectory.TweedeVoorzitterHeerlen }
                .Select(aad => $"urgent-alert:{reference}:{aad}").Order(StringComparer.Ordinal),
            messages.Select(m => m.DedupKey!));
        foreach (var message in messages)
        {
            var activity = JsonNode.Parse(message.ActivityJson)!;
            var notice = activity["attachments"]![0]!["content"]!;
            Assert.Contains($"Er is een spoedmelding {reference} binnengekomen voor JPP Heerlen.", CardNodes.TextBlocks(notice));
            var action = CardNodes.ActionData(notice, ScreeningVerbs.OpenScreening);
            Assert.Equal(reference, action!["code"]!.GetValue<string>());
            Assert.DoesNotContain("Daan", message.ActivityJson, StringComparison.Ordinal);
            Assert.DoesNotContain("Berg", message.ActivityJson, StringComparison.Ordinal);
            Assert.DoesNotContain("Verzuimt", message.ActivityJson, StringComparison.Ordinal);
        }

        Assert.Equal(1, await App.QueryAsync(db => db.AuditEvents.CountAsync(a => a.Action == AuditActions.ReportUrgentAlert && a.RecordId == reference)));

        var again = await SubmitAsync(data);
        Assert.True(JsonNode.DeepEquals(card, again), "the repeat names the same alerted people");
        Assert.Equal(3, await App.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task Submit_SpoedByAChairOfThatJpp_AlertsTheOthersNotThemselves()
    {
        var card = await SubmitAsync(ReportData.ValidYouth().With("urgency", "spoed"), TestDirectory.VoorzitterHeerlen);

        var reference = ReferenceOf(card);
        var keys = await App.QueryAsync(db => db.OutboxMessages.Select(m => m.DedupKey!).ToListAsync());
        Assert.Equal(
            new[] { TestDirectory.ProcesregisseurHeerlen, TestDirectory.TweedeVoorzitterHeerlen }.Select(aad => $"urgent-alert:{reference}:{aad}").Order(StringComparer.Ordinal),
            keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("Vera Voorzitter (", string.Concat(CardNodes.TextRuns(card)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReportVerbs.OpenReport)]
    [InlineData(ReportVerbs.SubmitReport)]
    [InlineData(ReportVerbs.MyReports)]
    public void ReportVerbs_OfTheTemplates_HaveARoute(string verb)
    {
        var routes = BotRoutes.Create(development: false);

        Assert.NotNull(routes.Match(RouteKind.Verb, verb, RouteScope.Personal));
    }

    [Fact]
    public async Task Submit_Normaal_AlertsNobody()
    {
        await SubmitAsync(ReportData.ValidYouth());

        // The screening notice to the chairs (screening slice) is not an urgent alert.
        Assert.Equal(0, await App.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.DedupKey!.StartsWith("urgent-alert:"))));
        Assert.Equal(0, await App.CountAuditAsync(AuditActions.ReportUrgentAlert));
    }

    [Fact]
    public async Task Submit_HostileText_StoredAndShownLiterally()
    {
        const string hostile = "\"quoted\" 'single' {braces} }{ ${user.name} ${$root} ${ **vet** _schuin_ [link](http://x) <b>html</b> <script>x</script> `tick` \\back\\";
        const string hostileName = "<b>${firstName}</b> **D**";
        var data = ReportData.ValidYouth().With("description", hostile).With("firstName", hostileName).With("school", hostile);

        var card = await SubmitAsync(data);

        Assert.True(IsConfirmation(card), card.ToJsonString());
        var report = await App.QueryAsync(db => db.Reports.AsNoTracking().SingleAsync());
        Assert.Equal(hostile, report.Description);
        Assert.Equal(hostile, report.School);
        Assert.Equal(hostileName, report.YouthFirstName);
        Assert.Contains(CardNodes.TextRuns(card), t => t.StartsWith(hostileName + " van der Berg (geboren ", StringComparison.Ordinal));
        Assert.DoesNotContain(CardNodes.TextBlocks(card), t => t.Contains(hostileName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submit_HostileTextWithAnError_KeptLiterallyInTheInputs()
    {
        const string hostile = "\"quoted\" {braces} ${user.name} **vet** [link](http://x) <b>html</b>";
        var data = ReportData.ValidYouth().With("description", hostile).With("lastName", "");

        var card = await SubmitAsync(data);

        Assert.Equal(hostile, CardNodes.InputValue(card, "description"));
        Assert.Contains("Vul de achternaam in.", CardNodes.TextBlocks(card));
        Assert.DoesNotContain(CardNodes.TextBlocks(card), t => t.Contains("{braces}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submit_FromActionSubmitMessage_StoresAndSendsTheConfirmationCard()
    {
        var message = TestActivities.Message("");
        message["value"] = ReportData.ValidYouth().With("verb", ReportVerbs.SubmitReport);

        await App.PostAndWaitAsync(message);

        // Only the answer in the reporter's chat (the screening notices to the chairs go out through the outbox).
        var call = Assert.Single(App.Connector.Calls, c => c.Path.Contains(Uri.EscapeDataString(TestActivities.PersonalConversation), StringComparison.Ordinal));
        Assert.True(IsConfirmation(call.Card!));
        Assert.Null(call.Text);
        Assert.Equal(1, await App.QueryAsync(db => db.Reports.CountAsync()));
    }

    [GeneratedRegex("^PMG-20[0-9]{2}-[0-9]{5}$")]
    private static partial Regex ReferencePattern();
}
