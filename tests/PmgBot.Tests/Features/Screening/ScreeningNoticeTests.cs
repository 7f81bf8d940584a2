using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Audit;
using PmgBot.Core.Features.Screening;
using PmgBot.Core.Register;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Screening;

/// <summary>
/// The notices after a report is stored: the match notice to the professionals already involved in a known youth and
/// the screening notice to the chairs of the report's JPP. Content-free: no name in any text the bot sends.
/// </summary>
public sealed class ScreeningNoticeTests : BotAppTest
{
    private const string First = "Xander";
    private const string Last = "Quispel";
    private static readonly DateOnly Birth = new(2010, 3, 12);

    private ScreeningData Data => field ??= new ScreeningData(App);

    [Fact]
    public async Task Submit_SureMatch_NotifiesCasusregisseurAndOpenReportersOfOtherOrganisations()
    {
        await Data.ConnectEveryoneAsync();
        var youth = await Data.AddYouthAsync(First, "van", Last, Birth, casusregisseur: TestDirectory.Casusregisseur);
        await Data.AddLinkedReportAsync(youth, TestDirectory.Politie, "politie");
        await Data.AddLinkedReportAsync(youth, TestDirectory.VoorzitterHeerlen, "zvh", ReportStatus.GeenActie);
        await Data.AddLinkedReportAsync(youth, TestDirectory.TweedeVoorzitterHeerlen, "gemeente-heerlen", ReportStatus.Doorverwezen);
        await Data.AddLinkedReportAsync(youth, TestDirectory.MelderBrunssum, "voorbeeldschool");
        await Data.AddLinkedReportAsync(youth, TestDirectory.Melder, "voorbeeldschool");

        var context = await Data.SubmitAsync(Data.NewYouthReport(First, "van", Last, Birth));

        var prefix = $"match-notice:{context.Report.Reference}:";
        Assert.Equal(new[] { TestDirectory.Politie, TestDirectory.Casusregisseur }.Order(StringComparer.Ordinal), await Data.RecipientsAsync(prefix));
        var audits = await App.QueryAsync(db => db.AuditEvents.AsNoTracking().Where(a => a.Action == AuditActions.MatchNoticeSent).ToListAsync());
        Assert.Equal(2, audits.Count);
        Assert.All(audits, a => Assert.Equal((youth.Code, AuditOutcomes.Success), (a.RecordId, a.Outcome)));
        Assert.All(audits, a => Assert.DoesNotContain(Last, a.Detail ?? "", StringComparison.OrdinalIgnoreCase));

        await Data.WaitForOutboxAsync();
        var notices = App.Connector.Calls.Where(c => c.AllText.Contains("nieuw signaal", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, notices.Count);
        Assert.All(notices, c => Assert.Equal($"Er is een nieuw signaal bij casus {youth.Code}, waar jij bij betrokken bent.", c.Text));
        Assert.All(notices, c => Assert.Contains("\"verb\":\"youth.open\"", c.AllText, StringComparison.Ordinal));
        Assert.All(notices, c => Assert.Contains($"\"code\":\"{youth.Code}\"", c.AllText, StringComparison.Ordinal));
        AssertNoNameSent();
    }

    [Fact]
    public async Task Submit_ReporterIsTheCasusregisseur_GetsNoNoticeThemselves()
    {
        await Data.ConnectEveryoneAsync();
        var youth = await Data.AddYouthAsync(First, null, Last, Birth, casusregisseur: TestDirectory.Casusregisseur);

        var context = await Data.SubmitAsync(Data.NewYouthReport(First, null, Last, Birth, TestDirectory.Casusregisseur, "jongerenwerk"));

        Assert.Equal(MatchState.Sure, (await Data.ReportAsync(context.Report.Reference)).MatchState);
        Assert.Empty(await Data.OutboxAsync("match-notice:"));
        Assert.Equal(0, await App.CountAuditAsync(AuditActions.MatchNoticeSent));
        Assert.Equal(youth.Code, context.YouthCode);
    }

    [Theory]
    [InlineData("Zoë", 2011)]     // no similar youth: new record, nobody else involved
    [InlineData("Lotte", 2010)]   // possible match: the chair decides first
    public async Task Submit_NoSureMatch_SendsNoMatchNotice(string first, int year)
    {
        await Data.ConnectEveryoneAsync();
        await Data.AddYouthAsync(First, null, Last, Birth, casusregisseur: TestDirectory.Casusregisseur);

        await Data.SubmitAsync(Data.NewYouthReport(first, null, Last, new DateOnly(year, 3, 12)));

        Assert.Empty(await Data.OutboxAsync("match-notice:"));
    }

    [Fact]
    public async Task MatchNotices_SentTwiceForOneReport_OneMessagePerRecipient()
    {
        await Data.ConnectEveryoneAsync();
        var youth = await Data.AddYouthAsync(First, null, Last, Birth, casusregisseur: TestDirectory.Casusregisseur);
        var context = await Data.SubmitAsync(Data.NewYouthReport(First, null, Last, Birth));

        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MatchNoticeSender>().SendAsync(await Data.ReportAsync(context.Report.Reference), CancellationToken.None);
        }

        Assert.Single(await Data.OutboxAsync("match-notice:"));
        Assert.Equal(youth.Code, context.YouthCode);
    }

    [Fact]
    public async Task Submit_NormalReport_NotifiesTheChairsOfItsJppOnly()
    {
        await Data.ConnectEveryoneAsync();
        var context = await Data.SubmitAsync(Data.NewYouthReport(First, null, Last, Birth));

        var prefix = $"screening-notice:{context.Report.Reference}:";
        Assert.Equal(
            new[] { TestDirectory.VoorzitterHeerlen, TestDirectory.TweedeVoorzitterHeerlen, TestDirectory.ProcesregisseurHeerlen }.Order(StringComparer.Ordinal),
            await Data.RecipientsAsync(prefix));
        var audit = await App.QueryAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(a => a.Action == AuditActions.ScreeningNoticeSent));
        Assert.Equal((context.Report.Reference, AuditOutcomes.Success, "queued=3 failed=0"), (audit.RecordId, audit.Outcome, audit.Detail));
        await Data.WaitForOutboxAsync();
        var notices = App.Connector.Calls.Where(c => c.AllText.Contains("screening.open", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, notices.Count);
        Assert.All(notices, c => Assert.Equal($"Er is een nieuwe melding {context.Report.Reference} voor de screening van jouw JPP.", c.Text));
        AssertNoNameSent();
    }

    [Fact]
    public async Task Submit_SpoedReport_NoScreeningNoticeBecauseTheUrgentAlertGoesToTheChairs()
    {
        await Data.ConnectEveryoneAsync();
        await Data.SubmitAsync(Data.NewYouthReport(First, null, Last, Birth, urgency: ReportUrgency.Spoed));

        Assert.Empty(await Data.OutboxAsync("screening-notice:"));
    }

    [Fact]
    public async Task Submit_ChairReportsThemselves_NoScreeningNoticeToThemselves()
    {
        await Data.ConnectEveryoneAsync();
        var context = await Data.SubmitAsync(Data.NewReport(ReportSubject.Locatie, TestDirectory.VoorzitterHeerlen, "zvh"));

        Assert.DoesNotContain(TestDirectory.VoorzitterHeerlen, await Data.RecipientsAsync($"screening-notice:{context.Report.Reference}:"));
    }

    private void AssertNoNameSent()
    {
        Assert.NotEmpty(App.Connector.Calls);
        foreach (var call in App.Connector.Calls)
        {
            Assert.DoesNotContain(First, call.AllText, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Last, call.AllText, StringComparison.OrdinalIgnoreCase);
        }
    }
}
