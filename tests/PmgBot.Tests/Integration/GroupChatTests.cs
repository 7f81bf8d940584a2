using System.Text.Json.Nodes;

namespace PmgBot.Tests.Integration;

/// <summary>
/// In group chats and channels the bot only gives general help and a way to continue in the personal chat:
/// whatever is typed or clicked there, no data about people leaves the bot.
/// </summary>
public sealed class GroupChatTests : BotAppTest
{
    private static readonly string[] PersonalData =
    [
        TestDirectory.MelderOrganisation, TestDirectory.MelderEmail, TestDirectory.MelderPhone, "Sanne", "deelnemer JPP", "JPP Heerlen",
    ];

    [Theory]
    [InlineData("help")]
    [InlineData("menu")]
    [InlineData("mijn gegevens")]
    [InlineData("netwerkoverzicht")]
    [InlineData("rol beheerder")]
    [InlineData("wie is de casusregisseur van Jan de Vries")]
    [InlineData("agenda")]
    public async Task GroupMessage_AnythingTyped_OnlyGeneralHelp(string text)
    {
        await App.PostAndWaitAsync(TestActivities.GroupMessage(text));

        var call = Assert.Single(App.Connector.Calls);
        Assert.Contains($"/v3/conversations/{Uri.EscapeDataString(TestActivities.GroupConversation)}/activities/", call.Path, StringComparison.Ordinal);
        Assert.Contains("In een groepsgesprek deel ik geen gegevens over jongeren", call.AllText, StringComparison.Ordinal);
        AssertNoPersonalData(call.AllText);
    }

    [Fact]
    public async Task GroupMessage_WithoutMention_IsAnsweredTheSame()
    {
        await App.PostAndWaitAsync(TestActivities.GroupMessage("mijn gegevens", mention: false));

        Assert.Contains("In een groepsgesprek", Assert.Single(App.Connector.Calls).AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("myDetails")]
    [InlineData("networkOverview")]
    [InlineData("menu")]
    [InlineData("switchRole")]
    public async Task GroupInvoke_AnyVerb_AnswersGeneralHelpCard(string verb)
    {
        var response = await App.PostAsync(TestActivities.Invoke(verb, user: TestDirectory.Beheerder, conversation: TestActivities.GroupConversation, conversationType: "groupChat"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Contains("In een groepsgesprek", body.ToJsonString(), StringComparison.Ordinal);
        AssertNoPersonalData(body.ToJsonString());
        Assert.Equal(0, await App.CountAuditAsync("directory.view-own"));
    }

    [Fact]
    public async Task BotAddedToGroupChat_IntroducesItselfWithoutData()
    {
        await App.PostAndWaitAsync(TestActivities.BotAdded(conversation: TestActivities.GroupConversation, conversationType: "groupChat"));

        var call = Assert.Single(App.Connector.Calls);
        Assert.Contains("In een groepsgesprek", call.AllText, StringComparison.Ordinal);
        AssertNoPersonalData(call.AllText);
    }

    [Fact]
    public async Task ChannelMessage_IsTreatedAsGroup()
    {
        var message = TestActivities.Message("mijn gegevens", conversation: "19:general@thread.tacv2", conversationType: "channel");

        await App.PostAndWaitAsync(message);

        Assert.Contains("In een groepsgesprek", Assert.Single(App.Connector.Calls).AllText, StringComparison.Ordinal);
    }

    private static void AssertNoPersonalData(string text)
    {
        foreach (var value in PersonalData)
        {
            Assert.DoesNotContain(value, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
