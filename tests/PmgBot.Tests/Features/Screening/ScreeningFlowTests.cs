using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Bot.Routing;
using PmgBot.Core.Audit;
using PmgBot.Core.Features.Screening;
using PmgBot.Core.Register;
using PmgBot.Core.Turns;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Screening;

/// <summary>The chair's screening through the real endpoint: queue, card, decisions, match resolution, refusals, bad input.</summary>
public sealed class ScreeningFlowTests : BotAppTest
{
    private const string First = "Xander";
    private const string Last = "Quispel";
    private const string Nasty = "\"quotes\" 'single' {braces} ${reference} ${$root} **vet** _schuin_ [link](http://x) <b>html</b> \\back\\";
    private static readonly DateOnly Birth = new(2010, 3, 12);

    private ScreeningData Data => field ??= new ScreeningData(App);

    private DateTime Now => App.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;

    [Fact]
    public async Task ScreeningCommand_Chair_ListsOpenReportsOfOwnJppWithoutNames()
    {
        var youthReport = await Data.SubmitAsync(Data.NewYouthReport(First, null, Last, Birth, urgency: ReportUrgency.Spoed));
        var location = await Data.SubmitAsync(Data.NewReport(ReportSubject.Locatie));
        var handled = Data.NewReport(ReportSubject.Groep);
        handled.Status = ReportStatus.GeenActie;
        await Data.SubmitAsync(handled);
        var brunssum = await Data.SubmitAsync(Data.NewReport(ReportSubject.Groep, TestDirectory.MelderBrunssum, "brunssumschool", "jpp-brunssum", "brunssum"));

        await App.PostAndWaitAsync(TestActivities.Message("screening", TestDirectory.VoorzitterHeerlen, ScreeningData.Conversation(TestDirectory.VoorzitterHeerlen)));

        var call = Assert.Single(App.Connector.Calls);
        var card = call.Card!.ToJsonString();
        Assert.Contains(youthReport.Report.Reference, card, StringComparison.Ordinal);
        Assert.Contains(location.Report.Reference, card, StringComparison.Ordinal);
        Assert.DoesNotContain(handled.Reference, card, StringComparison.Ordinal);
        Assert.DoesNotContain(brunssum.Report.Reference, card, StringComparison.Ordinal);
        Assert.Contains("Spoed", card, StringComparison.Ordinal);
        Assert.DoesNotContain(First, call.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(Last, call.AllText, StringComparison.Ordinal);
        Assert.Equal(1, await App.CountAuditAsync(AuditActions.ScreeningQueueView));
    }

    [Theory]
    [InlineData(TestDirectory.Melder)]
    [InlineData(TestDirectory.Politie)]
    [InlineData(TestDirectory.Programmamanager)]
    public async Task ScreeningCommand_NotAChair_IsRefused(string user)
    {
        await Data.SubmitAsync(Data.NewReport(ReportSubject.Locatie));

        await App.PostAndWaitAsync(TestActivities.Message("screening", user, ScreeningData.Conversation(user)));

        Assert.Equal(NotAllowed.Text, Assert.Single(App.Connector.Calls).Text);
        Assert.Equal(0, await App.CountAuditAsync(AuditActions.ScreeningQueueView));
    }

    [Fact]
    public async Task Menu_ChairSeesScreeningMelderDoesNot()
    {
        await App.PostAndWaitAsync(TestActivities.Message("menu", TestDirectory.ProcesregisseurHeerlen, ScreeningData.Conversation(TestDirectory.ProcesregisseurHeerlen)));
        await App.PostAndWaitAsync(TestActivities.Message("menu", TestDirectory.Melder, ScreeningData.Conversation(TestDirectory.Melder)));

        Assert.Contains("\"verb\":\"screening.queue\"", App.Connector.Calls[0].AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("\"verb\":\"screening.queue\"", App.Connector.Calls[1].AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_Chair_ShowsContentLiterallyWithDecisionsAndRefreshForTheChairs()
    {
        await Data.ConnectEveryoneAsync();
        var report = Data.NewYouthReport(First, "van", Last, Birth);
        report.Description = Nasty;
        report.School = Nasty;
        report.YouthAndParentsInformed = false;
        report.NotInformedReason = Nasty;
        var context = await Data.SubmitAsync(report);

        var body = await App.InvokeAsync(ScreeningVerbs.OpenScreening, TestDirectory.VoorzitterHeerlen, new JsonObject { ["code"] = context.Report.Reference });

        var card = body.Card();
        var runs = card.TextRuns();
        Assert.Equal(3, runs.Count(t => t == Nasty));
        Assert.Contains($"{First} van {Last}", runs);
        Assert.Equal(["Op agenda volgende JPP", "Doorverwijzen", "Geen actie", "Naar de screeningslijst"], card.ButtonTitles());
        Assert.Contains("Nieuw in het register als PMG-J-0001.", card.ToJsonString(), StringComparison.Ordinal);
        var refresh = card["refresh"]!;
        Assert.Equal(ScreeningVerbs.OpenScreening, refresh["action"]!["verb"]!.GetValue<string>());
        Assert.Equal(context.Report.Reference, refresh["action"]!["data"]!["code"]!.GetValue<string>());
        Assert.Equal(
            new[] { TestDirectory.VoorzitterHeerlen, TestDirectory.TweedeVoorzitterHeerlen, TestDirectory.ProcesregisseurHeerlen }.Select(u => "29:" + u).Order(StringComparer.Ordinal),
            refresh["userIds"]!.AsArray().Select(u => u!.GetValue<string>()).Order(StringComparer.Ordinal));
        var audit = await App.QueryAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(a => a.Action == AuditActions.ScreeningView));
        Assert.Equal((TestDirectory.VoorzitterHeerlen, context.Report.Reference, AuditOutcomes.Success), (audit.Actor, audit.RecordId, audit.Outcome));
    }

    [Fact]
    public async Task Open_GroupReport_ShowsDescriptionWithoutYouthRecord()
    {
        var context = await Data.SubmitAsync(Data.NewReport(ReportSubject.Groep));

        var card = (await App.InvokeAsync(ScreeningVerbs.OpenScreening, TestDirectory.ProcesregisseurHeerlen, new JsonObject { ["code"] = context.Report.Reference })).Card();

        Assert.Contains("Sinds twee weken niet op school.", card.TextRuns());
        Assert.Contains("Winkelcentrum 't Loon", card.TextRuns());
        Assert.Contains("Een melding over een groep of locatie wordt niet aan het register gekoppeld.", card.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Geboortedatum", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Geen actie", card.ButtonTitles());
    }

    [Fact]
    public async Task Open_PossibleMatch_ShowsBothRecordsAndOnlyMatchButtons()
    {
        var youth = await Data.AddYouthAsync("Xandér", null, "Quispell", Birth);
        var context = await Data.SubmitAsync(Data.NewYouthReport(First, null, Last, Birth));

        var card = (await App.InvokeAsync(ScreeningVerbs.OpenScreening, TestDirectory.VoorzitterHeerlen, new JsonObject { ["code"] = context.Report.Reference })).Card();

        Assert.Contains($"{First} {Last}", card.TextRuns());
        Assert.Contains("Xandér Quispell", card.TextRuns());
        Assert.Contains($"In het register ({youth.Code})", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(["Samenvoegen", "Apart houden", "Naar de screeningslijst"], card.ButtonTitles());
    }

    [Theory]
    [InlineData(TestDirectory.VoorzitterBrunssum, false)]
    [InlineData(TestDirectory.Melder, true)]
    [InlineData(TestDirectory.Casusregisseur, true)]
    public async Task Open_NotAChairOfTheReportsJpp_IsRefusedAndAudited(string user, bool roleNotAllowed)
    {
        var expected = roleNotAllowed ? NotAllowed.Text : ScreeningFlow.OtherJpp;
        var context = await Data.SubmitAsync(Data.NewYouthReport(First, null, Last, Birth));

        var body = await App.InvokeAsync(ScreeningVerbs.OpenScreening, user, new JsonObject { ["code"] = context.Report.Reference });

        Assert.Equal(expected, body.Message());
        Assert.DoesNotContain(Last, body.ToJsonString(), StringComparison.Ordinal);
        var audit = await App.QueryAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(a => a.Action == AuditActions.ScreeningView));
        Assert.Equal((user, AuditOutcomes.Rejected), (audit.Actor, audit.Outcome));
    }

    [Theory]
    [InlineData("PMG-2026-99999")]
    [InlineData("")]
    public async Task Open_UnknownReference_SaysSo(string code)
    {
        var body = await App.InvokeAsync(ScreeningVerbs.OpenScreening, TestDirectory.VoorzitterHeerlen, new JsonObject { ["code"] = code });

        Assert.Equal(ScreeningFlow.UnknownReport, body.Message());
    }

    [Fact]
    public async Task DecideAgenda_NextMeetingExists_PutsOnAgendaTellsReporterAndShowsHandled()
    {
        await Data.ConnectEveryoneAsync();
        await Data.AddMeetingAsync(Now.AddDays(-3));
        var next = await Data.AddMeetingAsync(Now.AddDays(4));
        await Data.AddMeetingAsync(Now.AddDays(18));
        await Data.AddMeetingAsync(Now.AddDays(1), "jpp-brunssum");
        var context = await Data.SubmitAsync(Data.NewYouthReport(First, null, Last, Birth));
        var version = (await Data.ReportAsync(context.Report.Reference)).Version;

        var card = (await App.InvokeAsync(ScreeningVerbs.ScreenReport, TestDirectory.VoorzitterHeerlen,
            new JsonObject { ["code"] = context.Report.Reference, ["version"] = version, ["decision"] = "agenda" })).Card();

        var stored = await Data.ReportAsync(context.Report.Reference);
        Assert.Equal((ReportStatus.OpAgendaJpp, next.Id, TestDirectory.VoorzitterHeerlen), (stored.Status, stored.AgendaMeetingId, stored.ScreenedById));
        Assert.Equal(version + 1, stored.Version);
        Assert.StartsWith("Afgehandeld door Vera Voorzitter op ", card.TextRuns()[0], StringComparison.Ordinal);
        Assert.Contains(": op de agenda van de JPP van ", card.TextRuns()[0], StringComparison.Ordinal);
        Assert.Equal(["Naar de screeningslijst"], card.ButtonTitles());
        var audit = await App.QueryAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(a => a.Action == AuditActions.ScreeningDecide));
        Assert.Equal((context.Report.Reference, AuditOutcomes.Success), (audit.RecordId, audit.Outcome));
        Assert.DoesNotContain(Last, audit.Detail!, StringComparison.Ordinal);

        Assert.Single(await Data.OutboxAsync($"report-status:{context.Report.Reference}:"));
        await Data.WaitForOutboxAsync();
        var update = Assert.Single(App.Connector.Calls, c => c.Text?.StartsWith("De status van je melding", StringComparison.Ordinal) == true);
        Assert.Equal($"De status van je melding {context.Report.Reference} is nu: op agenda JPP.", update.Text);
        Assert.Null(update.Card);
        Assert.Contains(ScreeningData.Conversation(TestDirectory.Melder), Uri.UnescapeDataString(update.Path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecideAgenda_NoNextMeeting_DutchMessageNothingChanged()
    {
        await Data.AddMeetingAsync(Now.AddDays(-3));
        await Data.AddMeetingAsync(Now.AddDays(4), "jpp-brunssum");
        var context = await Data.SubmitAsync(Data.NewReport(ReportSubject.Locatie));

        // The digest job's run at start may still come and queue Brunssum's digest: that is not the screening's doing.
        await App.WaitForStartJobsAsync();
        var before = await App.SnapshotAsync();

        var card = (await App.InvokeAsync(ScreeningVerbs.ScreenReport, TestDirectory.VoorzitterHeerlen,
            new JsonObject { ["code"] = context.Report.Reference, ["version"] = context.Report.Version, ["decision"] = "agenda" })).Card();

        Assert.Contains("Er is nog geen volgende JPP gepland. Er is niets gewijzigd", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Op agenda volgende JPP", card.ButtonTitles());
        Assert.Equal(before, await App.SnapshotAsync());
    }

    [Theory]
    [InlineData("ZvhRegieteam", ReferralTarget.ZvhRegieteam)]
    [InlineData("VeiligThuis", ReferralTarget.VeiligThuis)]
    [InlineData("Anders", ReferralTarget.Anders)]
    public async Task DecideReferral_TargetAndExplanation_StoresReferral(string value, ReferralTarget expected)
    {
        var context = await Data.SubmitAsync(Data.NewReport(ReportSubject.Groep));

        var card = (await App.InvokeAsync(ScreeningVerbs.ScreenReport, TestDirectory.ProcesregisseurHeerlen, new JsonObject
        {
            ["code"] = context.Report.Reference, ["version"] = context.Report.Version, ["decision"] = "referral",
            ["referralTarget"] = value, ["referralNote"] = "  " + Nasty + "  ",
        })).Card();

        var stored = await Data.ReportAsync(context.Report.Reference);
        Assert.Equal((ReportStatus.Doorverwezen, expected, Nasty), (stored.Status, stored.ReferralTarget, stored.ScreeningNote));
        Assert.Contains(Nasty, card.TextRuns());
        Assert.Contains("doorverwezen naar", card.TextRuns()[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecideNoAction_WithReason_StoresGeenActie()
    {
        var context = await Data.SubmitAsync(Data.NewReport(ReportSubject.Locatie));

        await App.InvokeAsync(ScreeningVerbs.ScreenReport, TestDirectory.TweedeVoorzitterHeerlen, new JsonObject
        {
            ["code"] = context.Report.Reference, ["version"] = context.Report.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["decision"] = "none", ["noActionReason"] = "Bekend bij de wijkagent.",
        });

        var stored = await Data.ReportAsync(context.Report.Reference);
        Assert.Equal((ReportStatus.GeenActie, "Bekend bij de wijkagent.", (ReferralTarget?)null), (stored.Status, stored.ScreeningNote, stored.ReferralTarget));
    }

    public static TheoryData<string, string, string, string, string> BadDecisions => new()
    {
        // decision, referralTarget, referralNote, noActionReason, expected message
        { "referral", "", "Naar het regieteam.", "", "Kies waarnaar je doorverwijst" },
        { "referral", "Politiebureau", "Naar het regieteam.", "", "Kies waarnaar je doorverwijst" },
        { "referral", "2", "Naar het regieteam.", "", "Kies waarnaar je doorverwijst" },
        { "referral", "VeiligThuis", "", "", "Geef een toelichting bij het doorverwijzen." },
        { "referral", "VeiligThuis", "   \n ", "", "Geef een toelichting bij het doorverwijzen." },
        { "referral", "VeiligThuis", new string('x', 1001), "", "Dit is te lang: 1001 tekens, maximaal 1000." },
        { "none", "", "", "", "Geef een reden waarom er geen actie nodig is." },
        { "none", "", "", "  ", "Geef een reden waarom er geen actie nodig is." },
        { "none", "", "", new string('r', 1500), "Dit is te lang: 1500 tekens, maximaal 1000." },
        { "weggooien", "", "", "", "Kies een besluit" },
        { "", "", "", "", "Kies een besluit" },
    };

    [Theory]
    [MemberData(nameof(BadDecisions))]
    public async Task Decide_BadInput_MessageOnCardInputKeptNothingStored(string decision, string target, string note, string reason, string expected)
    {
        var context = await Data.SubmitAsync(Data.NewReport(ReportSubject.Locatie));
        var before = await App.SnapshotAsync();

        var card = (await App.InvokeAsync(ScreeningVerbs.ScreenReport, TestDirectory.VoorzitterHeerlen, new JsonObject
        {
            ["code"] = context.Report.Reference, ["version"] = context.Report.Version, ["decision"] = decision,
            ["referralTarget"] = target, ["referralNote"] = note, ["noActionReason"] = reason,
        })).Card();

        Assert.Contains(expected, card.ToJsonString(), StringComparison.Ordinal);
        var inputs = card.ToJsonString();
        Assert.Contains(System.Text.Json.JsonSerializer.Serialize(note), inputs, StringComparison.Ordinal);
        Assert.Contains(System.Text.Json.JsonSerializer.Serialize(reason), inputs, StringComparison.Ordinal);
        Assert.Equal(before, await App.SnapshotAsync());
        Assert.Equal(0, await App.QueryAsync(db => db.AuditEvents.CountAsync(a => a.Action == AuditActions.ScreeningDecide && a.Outcome == AuditOutcomes.Success)));
    }

    [Fact]
    public async Task Decide_PossibleMatchNotResolved_AsksToResolveFirstNothingStored()
    {
        await Data.AddYouthAsync("Lotte", null, Last, Birth);
        var context = await Data.SubmitAsync(Data.NewYouthReport(First, null, Last, Birth));
        var before = await App.SnapshotAsync();

        var card = (await App.InvokeAsync(ScreeningVerbs.ScreenReport, TestDirectory.VoorzitterHeerlen, new JsonObject
        {
            ["code"] = context.Report.Reference, ["version"] = (await Data.ReportAsync(context.Report.Reference)).Version,
            ["decision"] = "none", ["noActionReason"] = "Niets aan de hand.",
        })).Card();

        Assert.Contains(ScreeningFlow.ResolveMatchFirst, card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(before, await App.SnapshotAsync());
    }

    [Fact]
    public async Task Decide_YouthReportNotMatchedYet_AsksToTryAgainNothingStored()
    {
        var report = Data.NewYouthReport(First, null, Last, Birth);
        // The follow-up job holds it (a lease an hour ahead): matching has not run yet.
        report.FollowUpDueAtUtc = App.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.AddHours(1);
        await App.QueryAsync(async db =>
        {
            db.Reports.Add(report);
            return await db.SaveChangesAsync();
        });
        var before = await App.SnapshotAsync();

        var card = (await App.InvokeAsync(ScreeningVerbs.ScreenReport, TestDirectory.VoorzitterHeerlen, new JsonObject
        {
            ["code"] = report.Reference, ["version"] = report.Version, ["decision"] = "none", ["noActionReason"] = "Niets aan de hand.",
        })).Card();

        Assert.Contains(ScreeningFlow.MatchPending, card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Niets aan de hand.", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(before, await App.SnapshotAsync());
    }

    [Fact]
    public async Task Decide_SecondClickOnHandledReport_ChangesNothingAndShowsWhoHandledIt()
    {
        var context = await Data.SubmitAsync(Data.NewReport(ReportSubject.Locatie));
        var data = new JsonObject { ["code"] = context.Report.Reference, ["version"] = context.Report.Version, ["decision"] = "none", ["noActionReason"] = "Eerste." };
        await App.InvokeAsync(ScreeningVerbs.ScreenReport, TestDirectory.VoorzitterHeerlen, data);
        var before = await App.SnapshotAsync();

        var card = (await App.InvokeAsync(ScreeningVerbs.ScreenReport, TestDirectory.TweedeVoorzitterHeerlen, new JsonObject
        {
            ["code"] = context.Report.Reference, ["version"] = context.Report.Version, ["decision"] = "referral",
            ["referralTarget"] = "VeiligThuis", ["referralNote"] = "Tweede.",
        })).Card();

        Assert.Equal(before, await App.SnapshotAsync());
        Assert.Contains("Deze melding is al afgehandeld; er is niets gewijzigd.", card.ToJsonString(), StringComparison.Ordinal);
        Assert.StartsWith("Afgehandeld door Vera Voorzitter op ", card.TextRuns()[0], StringComparison.Ordinal);
        Assert.Equal(["Naar de screeningslijst"], card.ButtonTitles());
        Assert.Single(await Data.OutboxAsync($"report-status:{context.Report.Reference}:"));
    }

    [Fact]
    public async Task Decide_TwoChairsAtOnce_ExactlyOneDecisionIsStored()
    {
        await Data.AddMeetingAsync(Now.AddDays(4));
        var context = await Data.SubmitAsync(Data.NewReport(ReportSubject.Groep));

        var bodies = await Task.WhenAll(
            App.InvokeAsync(ScreeningVerbs.ScreenReport, TestDirectory.VoorzitterHeerlen,
                new JsonObject { ["code"] = context.Report.Reference, ["version"] = context.Report.Version, ["decision"] = "agenda" }),
            App.InvokeAsync(ScreeningVerbs.ScreenReport, TestDirectory.TweedeVoorzitterHeerlen,
                new JsonObject { ["code"] = context.Report.Reference, ["version"] = context.Report.Version, ["decision"] = "none", ["noActionReason"] = "Niet nodig." }));

        var stored = await Data.ReportAsync(context.Report.Reference);
        Assert.Contains(stored.Status, new[] { ReportStatus.OpAgendaJpp, ReportStatus.GeenActie });
        Assert.Equal(stored.Status == ReportStatus.OpAgendaJpp ? TestDirectory.VoorzitterHeerlen : TestDirectory.TweedeVoorzitterHeerlen, stored.ScreenedById);
        Assert.Equal(context.Report.Version + 1, stored.Version);
        Assert.Equal(1, await App.QueryAsync(db => db.AuditEvents.CountAsync(a => a.Action == AuditActions.ScreeningDecide && a.Outcome == AuditOutcomes.Success)));
        Assert.Single(await Data.OutboxAsync($"report-status:{context.Report.Reference}:"));
        Assert.All(bodies, b => Assert.StartsWith("Afgehandeld door ", b.Card().TextRuns()[0], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Decide_StaleVersionOnOpenReport_ShowsCurrentCardNothingStored()
    {
        var context = await Data.SubmitAsync(Data.NewReport(ReportSubject.Locatie));
        var before = await App.SnapshotAsync();

        var card = (await App.InvokeAsync(ScreeningVerbs.ScreenReport, TestDirectory.VoorzitterHeerlen, new JsonObject
        {
            ["code"] = context.Report.Reference, ["version"] = context.Report.Version + 7, ["decision"] = "none", ["noActionReason"] = "Oud.",
        })).Card();

        Assert.Contains(ScreeningFlow.StaleMessage, card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(before, await App.SnapshotAsync());
    }

    [Theory]
    [InlineData(TestDirectory.VoorzitterBrunssum, false)]
    [InlineData(TestDirectory.Melder, true)]
    [InlineData(TestDirectory.Beheerder, true)]
    public async Task Decide_NotAChairOfTheReportsJpp_RefusedNothingChanged(string user, bool roleNotAllowed)
    {
        var expected = roleNotAllowed ? NotAllowed.Text : ScreeningFlow.OtherJpp;
        var context = await Data.SubmitAsync(Data.NewReport(ReportSubject.Locatie));
        var before = await App.SnapshotAsync();

        var body = await App.InvokeAsync(ScreeningVerbs.ScreenReport, user, new JsonObject
        {
            ["code"] = context.Report.Reference, ["version"] = context.Report.Version, ["decision"] = "none", ["noActionReason"] = "Weg ermee.",
        });

        Assert.Equal(expected, body.Message());
        Assert.Equal(before, await App.SnapshotAsync());
        Assert.Equal(1, await App.QueryAsync(db => db.AuditEvents.CountAsync(a => a.Action == AuditActions.ScreeningDecide && a.Outcome == AuditOutcomes.Rejected)));
    }

    [Fact]
    public async Task ResolveMatch_Merge_LinksThePossibleYouthAndNotifiesTheCasusregisseur()
    {
        await Data.ConnectEveryoneAsync();
        var youth = await Data.AddYouthAsync("Xandér", null, "Quispell", Birth, casusregisseur: TestDirectory.Casusregisseur);
        var context = await Data.SubmitAsync(Data.NewYouthReport(First, null, Last, Birth));
        var version = (await Data.ReportAsync(context.Report.Reference)).Version;

        var card = (await App.InvokeAsync(ScreeningVerbs.ResolveMatch, TestDirectory.VoorzitterHeerlen,
            new JsonObject { ["code"] = context.Report.Reference, ["version"] = version, ["resolution"] = "merge" })).Card();

        var stored = await Data.ReportAsync(context.Report.Reference);
        Assert.Equal((MatchState.Merged, youth.Id, ReportStatus.InScreening), (stored.MatchState, stored.YouthId, stored.Status));
        Assert.Contains($"Samengevoegd met {youth.Code}.", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(["Op agenda volgende JPP", "Doorverwijzen", "Geen actie", "Naar de screeningslijst"], card.ButtonTitles());
        Assert.Equal([TestDirectory.Casusregisseur], await Data.RecipientsAsync($"match-notice:{context.Report.Reference}:"));
        var audit = await App.QueryAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(a => a.Action == AuditActions.MatchResolve));
        Assert.Equal($"merged youth={youth.Code}", audit.Detail);
        await Data.WaitForOutboxAsync();
        Assert.All(App.Connector.Calls, c => Assert.DoesNotContain("Quispel", c.AllText, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ResolveMatch_KeepApart_MakesNewYouthRecord()
    {
        var other = await Data.AddYouthAsync("Lotte", null, Last, Birth);
        var context = await Data.SubmitAsync(Data.NewYouthReport(First, null, Last, Birth));
        var version = (await Data.ReportAsync(context.Report.Reference)).Version;

        await App.InvokeAsync(ScreeningVerbs.ResolveMatch, TestDirectory.ProcesregisseurHeerlen,
            new JsonObject { ["code"] = context.Report.Reference, ["version"] = version, ["resolution"] = "apart" });

        var stored = await Data.ReportAsync(context.Report.Reference);
        var youth = await App.QueryAsync(db => db.Youths.AsNoTracking().SingleAsync(y => y.Id == stored.YouthId));
        Assert.Equal(MatchState.KeptApart, stored.MatchState);
        Assert.NotEqual(other.Id, youth.Id);
        Assert.Equal(("PMG-J-0001", First, Last), (youth.Code, youth.FirstName, youth.LastName));
        Assert.Empty(await Data.OutboxAsync("match-notice:"));
    }

    [Theory]
    [InlineData("merge", 3, "Deze melding is intussen gewijzigd. Je ziet nu de actuele stand; er is niets gewijzigd.")]
    [InlineData("samenvoegen", 0, "Kies samenvoegen of apart houden.")]
    public async Task ResolveMatch_StaleOrUnknownResolution_NothingChanged(string resolution, int versionOffset, string expected)
    {
        await Data.AddYouthAsync("Lotte", null, Last, Birth);
        var context = await Data.SubmitAsync(Data.NewYouthReport(First, null, Last, Birth));
        var version = (await Data.ReportAsync(context.Report.Reference)).Version + versionOffset;
        var before = await App.SnapshotAsync();

        var card = (await App.InvokeAsync(ScreeningVerbs.ResolveMatch, TestDirectory.VoorzitterHeerlen,
            new JsonObject { ["code"] = context.Report.Reference, ["version"] = version, ["resolution"] = resolution })).Card();

        Assert.Contains(expected, card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(before, await App.SnapshotAsync());
    }

    [Fact]
    public async Task ResolveMatch_ChairOfOtherJpp_RefusedNothingChanged()
    {
        await Data.AddYouthAsync("Lotte", null, Last, Birth);
        var context = await Data.SubmitAsync(Data.NewYouthReport(First, null, Last, Birth));
        var before = await App.SnapshotAsync();

        var body = await App.InvokeAsync(ScreeningVerbs.ResolveMatch, TestDirectory.VoorzitterBrunssum, new JsonObject
        {
            ["code"] = context.Report.Reference, ["version"] = (await Data.ReportAsync(context.Report.Reference)).Version, ["resolution"] = "merge",
        });

        Assert.Equal(ScreeningFlow.OtherJpp, body.Message());
        Assert.Equal(before, await App.SnapshotAsync());
    }

    [Fact]
    public async Task CardButtons_DataAsRendered_DecideTheReport()
    {
        var context = await Data.SubmitAsync(Data.NewReport(ReportSubject.Locatie));
        var card = (await App.InvokeAsync(ScreeningVerbs.OpenScreening, TestDirectory.VoorzitterHeerlen, new JsonObject { ["code"] = context.Report.Reference })).Card();
        var button = card.Actions().Single(a => (string?)a["title"] == "Geen actie");
        var data = button["data"]!.DeepClone().AsObject();
        data["noActionReason"] = "Al opgepakt door de school.";

        await App.InvokeAsync(button["verb"]!.GetValue<string>(), TestDirectory.VoorzitterHeerlen, data);

        Assert.Equal(context.Report.Version, data["version"]!.GetValue<int>());
        Assert.Equal(ReportStatus.GeenActie, (await Data.ReportAsync(context.Report.Reference)).Status);
    }

    [Fact]
    public async Task ScreeningCommand_InGroupChat_OnlyGeneralHelp()
    {
        var context = await Data.SubmitAsync(Data.NewYouthReport(First, null, Last, Birth));

        await App.PostAndWaitAsync(TestActivities.GroupMessage("screening", TestDirectory.VoorzitterHeerlen));

        var call = Assert.Single(App.Connector.Calls);
        Assert.DoesNotContain(context.Report.Reference, call.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("screening.open", call.AllText, StringComparison.Ordinal);
        Assert.Equal(0, await App.CountAuditAsync(AuditActions.ScreeningQueueView));
    }

    [Theory]
    [InlineData(ScreeningVerbs.ScreeningQueue)]
    [InlineData(ScreeningVerbs.OpenScreening)]
    [InlineData(ScreeningVerbs.ScreenReport)]
    [InlineData(ScreeningVerbs.ResolveMatch)]
    public void ScreeningVerbs_OfTheTemplates_HaveARoute(string verb)
    {
        var routes = BotRoutes.Create(development: false);

        Assert.NotNull(routes.Match(RouteKind.Verb, verb, RouteScope.Personal));
    }
}
