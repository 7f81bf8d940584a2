using System.Net;
using System.Text.Json.Nodes;

namespace PmgBot.Tests.Integration;

/// <summary>The first flows in the personal chat, through the real endpoint with the recording connector.</summary>
public sealed class PersonalChatFlowTests : IAsyncLifetime
{
    private BotApp _app = null!;

    public async Task InitializeAsync() => _app = await new BotApp().StartAsync();

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task PersonalInstall_SendsWelcomeCardOnce()
    {
        await _app.PostAndWaitAsync(TestActivities.InstallationUpdate("add"));
        await _app.PostAndWaitAsync(TestActivities.BotAdded());

        var call = Assert.Single(_app.Connector.Calls);
        Assert.Equal("POST", call.Method);
        Assert.EndsWith($"/v3/conversations/{Uri.EscapeDataString(TestActivities.PersonalConversation)}/activities", call.Path, StringComparison.Ordinal);
        Assert.Contains("Welkom bij PmgBot, Sanne!", call.AllText, StringComparison.Ordinal);
        Assert.Contains("Ik ben de assistent van het netwerk Preventie met Gezag", call.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("menu")]
    [InlineData("Menu")]
    [InlineData("  HELP!  ")]
    [InlineData("hulp")]
    public async Task HelpOrMenu_RepliesWithMenuOfTheUsersActions(string text)
    {
        var message = TestActivities.Message(text);

        await _app.PostAndWaitAsync(message);

        var call = Assert.Single(_app.Connector.Calls);
        Assert.EndsWith($"/activities/{message["id"]}", call.Path, StringComparison.Ordinal);
        var card = call.Card!.ToJsonString();
        Assert.Contains("Wat kan ik voor je doen?", card, StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"myDetails\"", card, StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"privacy\"", card, StringComparison.Ordinal);
        Assert.DoesNotContain("\"verb\":\"networkOverview\"", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Menu_ForBeheerder_OffersNetworkOverview()
    {
        await _app.PostAndWaitAsync(TestActivities.Message("menu", TestDirectory.Beheerder, conversation: "a:beheerder"));

        var card = Assert.Single(_app.Connector.Calls).Card!.ToJsonString();
        Assert.Contains("\"verb\":\"networkOverview\"", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wat is het weer")]
    [InlineData("\"; DROP TABLE x; --")]
    [InlineData("${user.name} {{x}} <b>vet</b> **markdown**")]
    public async Task UnrecognisedText_AnswersFriendlyWithTheMenu(string text)
    {
        await _app.PostAndWaitAsync(TestActivities.Message(text));

        var calls = _app.Connector.Calls;
        Assert.Equal(2, calls.Count);
        Assert.Contains("Dat begrijp ik niet", calls[0].Text, StringComparison.Ordinal);
        Assert.Equal("plain", calls[0].Body!["textFormat"]!.GetValue<string>());
        Assert.Contains("Wat kan ik voor je doen?", calls[1].AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(text, string.Concat(calls.Select(c => c.AllText)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MenuButton_MyDetails_ReplacesCardWithOwnDetailsAndIsAudited()
    {
        var response = await _app.PostAsync(TestActivities.Invoke("myDetails"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        var card = body["value"]!.ToJsonString();
        Assert.Contains("Mijn gegevens", card, StringComparison.Ordinal);
        Assert.Contains(TestDirectory.MelderOrganisation, card, StringComparison.Ordinal);
        Assert.Equal(1, await _app.CountAuditAsync("directory.view-own"));
    }

    [Fact]
    public async Task NetworkOverview_ForMelder_IsRefusedOnTheServerEvenFromAForgedCard()
    {
        var response = await _app.PostAsync(TestActivities.Invoke("networkOverview"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        Assert.Contains("niet beschikbaar voor jouw rol", body["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("Zorg- en Veiligheidshuis Voorbeeld", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NetworkOverview_ForBeheerder_ShowsCountsOnly()
    {
        var response = await _app.PostAsync(TestActivities.Invoke("networkOverview", user: TestDirectory.Beheerder, conversation: "a:beheerder"));
        var card = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!.ToJsonString();

        Assert.Contains("Zorg- en Veiligheidshuis Voorbeeld", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Sanne", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Bram", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Privacy_Command_ShowsPrivacyCard()
    {
        await _app.PostAndWaitAsync(TestActivities.Message("privacy"));

        Assert.Contains("AVG", Assert.Single(_app.Connector.Calls).AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoleSwitch_InDevelopment_ChangesWhatTheMenuOffers()
    {
        await _app.PostAndWaitAsync(TestActivities.Message("rol beheerder"));
        _app.Connector.Clear();
        await _app.PostAndWaitAsync(TestActivities.Message("menu"));

        Assert.Contains("\"verb\":\"networkOverview\"", Assert.Single(_app.Connector.Calls).Card!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(1, await _app.CountAuditAsync("demo.switch-role"));
    }

    [Fact]
    public async Task RoleSwitch_UnknownRole_AnswersWithTheRolesAndChangesNothing()
    {
        await _app.PostAndWaitAsync(TestActivities.Message("rol koning"));

        Assert.Contains("Die rol ken ik niet", Assert.Single(_app.Connector.Calls).Text, StringComparison.Ordinal);
        Assert.Equal(0, await _app.CountAuditAsync("demo.switch-role"));
    }
}
