using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Features.Reports;
using PmgBot.Core.Features.Screening;
using PmgBot.Core.Outbox;
using PmgBot.Core.Register;
using PmgBot.Core.Turns;
using PmgBot.Tests.Features.Reports;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Screening;

/// <summary>
/// From report to screening through the endpoint, with the report flow's own verb: two partners report the same youth,
/// the first reporter gets the match notice, the chair screens, the reporter sees the new status. No youth name in any
/// message text the bot sent, nor anywhere in a notice.
/// </summary>
public sealed class ReportToScreeningTests : BotAppTest
{
    private ScreeningData Data => field ??= new ScreeningData(App);

    [Fact]
    public async Task TwoPartnersReportOneYouth_MatchNoticeScreeningAndStatusUpdate()
    {
        await Data.ConnectEveryoneAsync();
        var meeting = await Data.AddMeetingAsync(App.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.AddDays(5));

        await App.InvokeAsync(ReportVerbs.SubmitReport, TestDirectory.Politie, ReportData.ValidYouth());
        await App.InvokeAsync(ReportVerbs.SubmitReport, TestDirectory.Melder, ReportData.ValidYouth());

        var reports = await App.QueryAsync(db => db.Reports.AsNoTracking().OrderBy(r => r.Id).ToListAsync());
        Assert.Equal(2, reports.Count);
        var (first, second) = (reports[0], reports[1]);
        Assert.Equal((MatchState.New, MatchState.Sure), (first.MatchState, second.MatchState));
        Assert.Equal(first.YouthId, second.YouthId);
        var code = await App.QueryAsync(db => db.Youths.Where(y => y.Id == first.YouthId).Select(y => y.Code).SingleAsync());
        Assert.Equal([TestDirectory.Politie], await Data.RecipientsAsync($"match-notice:{second.Reference}:"));
        Assert.Equal(3, (await Data.RecipientsAsync($"screening-notice:{second.Reference}:")).Count);

        var card = (await App.InvokeAsync(ScreeningVerbs.OpenScreening, TestDirectory.VoorzitterHeerlen, new JsonObject { ["code"] = second.Reference })).Card();
        Assert.Contains($"Gekoppeld aan {code}", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(ReportData.Description, card.TextRuns());
        var decide = card.Actions().Single(a => (string?)a["title"] == "Op agenda volgende JPP");
        await App.InvokeAsync(decide["verb"]!.GetValue<string>(), TestDirectory.VoorzitterHeerlen, decide["data"]!.DeepClone().AsObject());

        var stored = await Data.ReportAsync(second.Reference);
        Assert.Equal((ReportStatus.OpAgendaJpp, meeting.Id), (stored.Status, stored.AgendaMeetingId));
        var mine = await App.InvokeAsync(ReportVerbs.MyReports, TestDirectory.Melder, new JsonObject());
        Assert.Contains("op agenda JPP", mine.Card().ToJsonString(), StringComparison.OrdinalIgnoreCase);

        await Data.WaitForOutboxAsync();
        var calls = App.Connector.Calls;
        Assert.Contains(calls, c => c.Text == $"De status van je melding {second.Reference} is nu: op agenda JPP.");
        Assert.Contains(calls, c => c.Text == $"Er is een nieuw signaal bij casus {code}, waar jij bij betrokken bent.");
        foreach (var call in calls)
        {
            Assert.DoesNotContain("Daan", call.Text ?? "", StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Berg", call.Text ?? "", StringComparison.OrdinalIgnoreCase);
        }

        var outbox = await App.QueryAsync(db => db.OutboxMessages.AsNoTracking().Select(m => m.ActivityJson).ToListAsync());
        Assert.NotEmpty(outbox);
        Assert.All(outbox, json => Assert.DoesNotContain("Daan", json, StringComparison.OrdinalIgnoreCase));
        Assert.All(outbox, json => Assert.DoesNotContain("Berg", json, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SpoedReport_ConfirmationNamesTheChairsTheJobAlertsThemAndNoOneElse()
    {
        await Data.ConnectEveryoneAsync();

        var body = await App.InvokeAsync(ReportVerbs.SubmitReport, TestDirectory.Melder, ReportData.ValidYouth().With("urgency", "spoed"));

        var reference = (await App.QueryAsync(db => db.Reports.AsNoTracking().SingleAsync())).Reference;
        var card = body.Card();
        Assert.Contains("We waarschuwen direct: ", card.TextRuns());
        Assert.Contains("Piet Proces (Zorg- en Veiligheidshuis Voorbeeld), Vera Voorzitter (Zorg- en Veiligheidshuis Voorbeeld), Wim Tweede (Gemeente Heerlen)", card.TextRuns());
        Assert.Equal(
            new[] { TestDirectory.VoorzitterHeerlen, TestDirectory.TweedeVoorzitterHeerlen, TestDirectory.ProcesregisseurHeerlen }.Order(StringComparer.Ordinal),
            await Data.RecipientsAsync(ReportAlertKeys.UrgentPrefix(reference)));
        Assert.Empty(await Data.OutboxAsync($"screening-notice:{reference}:"));
    }
}
