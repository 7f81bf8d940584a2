using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Audit;
using PmgBot.Core.Features.Reports;
using PmgBot.Core.Register;
using PmgBot.Core.Turns;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Reports;

/// <summary>"Mijn meldingen": own reports only, newest first, at most 20, status in Dutch, audited.</summary>
public sealed class MyReportsFlowTests : ReportTest
{
    private static IReadOnlyList<(string Reference, string Value)> Rows(JsonNode card) =>
        [.. CardNodes.All(card).Where(o => (string?)o["type"] == "FactSet").SelectMany(f => f["facts"]!.AsArray())
            .Select(f => (f!["title"]!.GetValue<string>(), f["value"]!.GetValue<string>()))];

    [Fact]
    public async Task MyReports_TwoReporters_EachSeesOnlyTheirOwnNewestFirst()
    {
        var first = ReferenceOf(await SubmitAsync(ReportData.ValidYouth()));
        var other = ReferenceOf(await SubmitAsync(ReportData.ValidYouth().With("municipality", "brunssum"), TestDirectory.MelderBrunssum));
        var second = ReferenceOf(await SubmitAsync(ReportData.ValidGroup()));
        await App.QueryAsync(async db =>
        {
            var report = await db.Reports.SingleAsync(r => r.Reference == first);
            report.Status = ReportStatus.OpAgendaJpp;
            return await db.SaveChangesAsync();
        });

        var mine = Rows(CardOf(await InvokeAsync(ReportVerbs.MyReports)));
        var theirs = Rows(CardOf(await InvokeAsync(ReportVerbs.MyReports, user: TestDirectory.MelderBrunssum)));

        Assert.Equal([second, first], mine.Select(r => r.Reference));
        Assert.EndsWith(" · groep · ontvangen", mine[0].Value, StringComparison.Ordinal);
        Assert.EndsWith(" · jongere · op agenda JPP", mine[1].Value, StringComparison.Ordinal);
        Assert.Matches("^[0-9]{2}-[0-9]{2}-20[0-9]{2} · ", mine[0].Value);
        Assert.Equal([other], theirs.Select(r => r.Reference));
        Assert.Equal(2, await App.QueryAsync(db => db.AuditEvents.CountAsync(a => a.Action == AuditActions.ReportViewOwn && a.Outcome == AuditOutcomes.Success)));
    }

    [Fact]
    public async Task MyReports_NoNames_EvenForTheOwnReport()
    {
        await SubmitAsync(ReportData.ValidYouth());

        var card = CardOf(await InvokeAsync(ReportVerbs.MyReports)).ToJsonString();

        Assert.DoesNotContain("Daan", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Verzuimt", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyReports_MoreThanTwenty_ShowsTheNewestTwenty()
    {
        await App.QueryAsync(async db =>
        {
            for (var i = 1; i <= 25; i++)
            {
                db.Reports.Add(new Report
                {
                    Reference = $"PMG-2026-{i:00000}",
                    IdempotencyKey = Guid.NewGuid().ToString(),
                    ReporterId = TestDirectory.Melder,
                    ReporterOrganisationId = "voorbeeldschool",
                    Subject = ReportSubject.Locatie,
                    GroupOrLocation = "Plein",
                    MunicipalityId = "heerlen",
                    JppId = "jpp-heerlen",
                    Description = "x",
                    CreatedAtUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(i),
                });
            }

            return await db.SaveChangesAsync();
        });

        var rows = Rows(CardOf(await InvokeAsync(ReportVerbs.MyReports)));

        Assert.Equal(Enumerable.Range(6, 20).Reverse().Select(i => $"PMG-2026-{i:00000}"), rows.Select(r => r.Reference));
    }

    [Fact]
    public async Task MyReports_Command_SendsTheCard()
    {
        await App.PostAndWaitAsync(TestActivities.Message("mijn meldingen"));

        var call = Assert.Single(App.Connector.Calls);
        Assert.Contains("Je hebt nog geen meldingen gedaan.", CardNodes.TextBlocks(call.Card!));
    }

    [Fact]
    public async Task MyReports_ByProgrammamanager_Refused()
    {
        var body = await InvokeAsync(ReportVerbs.MyReports, user: TestDirectory.Programmamanager);

        Assert.Equal(NotAllowed.Text, body["value"]!.GetValue<string>());
    }
}
