using PmgBot.Core.Audit;
using PmgBot.Core.Register;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Register;

/// <summary>"Mijn casussen" through the real endpoint.</summary>
public sealed class MyCasesFlowTests : BotAppTest
{
    [Fact]
    public async Task MyCases_Casusregisseur_ListsOwnYouthsWithLevelAndLastReport()
    {
        await LookupFixture.AddJanAsync(App);
        await App.QueryAsync(async db =>
        {
            db.Youths.Add(RegisterTestData.Youth("PMG-J-0040", "Lotte", null, "Kramer", new DateOnly(2012, 4, 4), level: YouthLevel.Rood, casusregisseurId: TestDirectory.Casusregisseur));
            db.Youths.Add(RegisterTestData.Youth("PMG-J-0041", "Sem", null, "Visser", new DateOnly(2012, 4, 4), casusregisseurId: TestDirectory.Politie));
            return await db.SaveChangesAsync();
        });

        await App.PostAndWaitAsync(TestActivities.Message("mijn casussen", TestDirectory.Casusregisseur));

        var call = Assert.Single(App.Connector.Calls);
        Assert.Null(call.Text);
        var card = call.Card!.ToJsonString();
        Assert.Contains("PMG-J-0017", card, StringComparison.Ordinal);
        Assert.Contains("Jan de Vries", card, StringComparison.Ordinal);
        Assert.Contains("oranje (LJA)", card, StringComparison.Ordinal);
        Assert.Contains("PMG-J-0040", card, StringComparison.Ordinal);
        Assert.Contains("rood (PGA)", card, StringComparison.Ordinal);
        Assert.Contains("geen melding", card, StringComparison.Ordinal);
        Assert.DoesNotContain("PMG-J-0041", card, StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"youth.open\"", card, StringComparison.Ordinal);
        Assert.Equal(1, await App.CountAuditAsync(AuditActions.YouthListOwnCases));
    }

    [Fact]
    public async Task MyCases_NoCases_FriendlyEmptyCard()
    {
        var response = await App.PostAsync(TestActivities.Invoke("youth.mine", user: TestDirectory.Politie));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Contains("van geen enkele jongere casusregisseur", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyCases_ProgrammeManager_RefusedByRole()
    {
        await App.PostAndWaitAsync(TestActivities.Message("mijn casussen", TestDirectory.Programmamanager));

        Assert.Contains("niet beschikbaar voor jouw rol", Assert.Single(App.Connector.Calls).Text, StringComparison.Ordinal);
        Assert.Equal(0, await App.CountAuditAsync(AuditActions.YouthListOwnCases));
    }

    [Fact]
    public async Task Menu_CaseRole_OffersMyCases()
    {
        await App.PostAndWaitAsync(TestActivities.Message("menu", TestDirectory.Casusregisseur));

        Assert.Contains("\"verb\":\"youth.mine\"", Assert.Single(App.Connector.Calls).Card!.ToJsonString(), StringComparison.Ordinal);
    }
}
