using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Features.Reports;
using PmgBot.Core.Register;
using PmgBot.Core.Turns;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Reports;

/// <summary>
/// "Melden bij PmgBot" through the real endpoint: the message action's dialog (fetchTask) and its submit (submitAction),
/// used on a message in a group chat unless a test says otherwise. Nothing may ever reach the source conversation.
/// </summary>
public sealed class MessageReportTests : ReportTest
{
    private const string Fetch = "composeExtension/fetchTask";
    private const string Submit = "composeExtension/submitAction";
    private const string MessageHtml = "<p>Hij zei: &quot;ik neem morgen een mes mee&quot;<br>naar school.</p><p>  Graag   actie.</p>";
    private const string MessageText = "Hij zei: \"ik neem morgen een mes mee\"\nnaar school.\nGraag actie.";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // The reporters have installed the bot: their personal conversations are known (the confirmation goes there).
        foreach (var user in new[] { TestDirectory.Melder, TestDirectory.Programmamanager })
        {
            await App.PostAndWaitAsync(TestActivities.BotAdded(user, ConversationOf(user)));
        }

        await App.WaitForOutboxAsync();
        App.Connector.Clear();
    }

    [Theory]
    [InlineData("groupChat", TestActivities.GroupConversation)]
    [InlineData("channel", "19:channel@thread.skype;messageid=1795332006521")]
    [InlineData("personal", "a:" + TestDirectory.Melder)]
    public async Task Fetch_MessageInAnyChat_OpensDialogPrefilledWithTheMessageText(string conversationType, string conversation)
    {
        var body = await PostAsync(TestActivities.MessageAction(Fetch, MessageHtml, conversation: conversation, conversationType: conversationType));

        var card = DialogCardOf(body);
        Assert.Equal(MessageText, CardNodes.InputValue(card, "description"));
        var data = SubmitData(card)!;
        Assert.True(Guid.TryParse(data["cardId"]!.GetValue<string>(), out _));
        Assert.DoesNotContain(CardNodes.All(card), o => (string?)o["type"] == "Action.Execute");
        Assert.Empty(App.Connector.Calls);
    }

    [Fact]
    public async Task Fetch_VeryLongMessage_DescriptionCutToTheCardsLimit()
    {
        var body = await PostAsync(TestActivities.MessageAction(Fetch, "<p>" + new string('a', 5000) + "</p>"));

        Assert.Equal(2000, CardNodes.InputValue(DialogCardOf(body), "description")!.Length);
    }

    [Fact]
    public async Task Fetch_ByUserWithoutReportingRole_RefusedInTheDialogNothingStored()
    {
        var before = await DatabaseCounts.ReadAsync(App);

        var body = await PostAsync(TestActivities.MessageAction(Fetch, MessageHtml, user: TestDirectory.Programmamanager));

        Assert.Equal("message", body["task"]!["type"]!.GetValue<string>());
        Assert.Equal(NotAllowed.Text, body["task"]!["value"]!.GetValue<string>());
        Assert.Equal(before, await DatabaseCounts.ReadAsync(App));
        Assert.Empty(App.Connector.Calls);
    }

    [Theory]
    [InlineData(Fetch)]
    [InlineData(Submit)]
    public async Task MessageAction_ByUnregisteredUser_PoliteRefusalInTheDialogNothingStored(string name)
    {
        var before = await DatabaseCounts.ReadAsync(App);

        var body = await PostAsync(TestActivities.MessageAction(name, MessageHtml, ReportData.ValidYouth(), user: TestDirectory.Stranger));

        var card = DialogCardOf(body, title: "PmgBot");
        Assert.Null(SubmitData(card));
        Assert.DoesNotContain(MessageText, card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseCounts.ReadAsync(App));
        Assert.Empty(App.Connector.Calls);
    }

    [Fact]
    public async Task Submit_Valid_StoresOnceConfirmsInPersonalChatNothingIntoTheGroup()
    {
        var response = await App.PostAsync(TestActivities.MessageAction(Submit, MessageHtml, ReportData.ValidYouth()));
        await App.WaitForReportFollowUpsAsync();
        await App.WaitForOutboxAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Equal(1, await App.QueryAsync(db => db.Reports.CountAsync()));
        var reference = await App.QueryAsync(db => db.Reports.Select(r => r.Reference).SingleAsync());
        var confirmation = Assert.Single(App.Connector.Calls, c => IsConfirmation(c.Card ?? new JsonObject()));
        Assert.Contains(Uri.EscapeDataString(ConversationOf(TestDirectory.Melder)), confirmation.Path, StringComparison.Ordinal);
        Assert.Equal(reference, ReferenceOf(confirmation.Card!));
        Assert.Null(confirmation.Text);
        Assert.DoesNotContain("Daan", confirmation.Body?["summary"]?.GetValue<string>() ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(App.Connector.Calls, c => c.Path.Contains(Uri.EscapeDataString(TestActivities.GroupConversation), StringComparison.Ordinal)
            || c.Path.Contains(TestActivities.GroupConversation, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Submit_SameCardTwice_OneReportOneConfirmation(bool redeliveredActivity)
    {
        var data = ReportData.ValidYouth();
        var first = TestActivities.MessageAction(Submit, MessageHtml, data, id: "submit-1");
        var second = TestActivities.MessageAction(Submit, MessageHtml, data, id: redeliveredActivity ? "submit-1" : "submit-2");

        var r1 = await App.PostAsync(first);
        var r2 = await App.PostAsync(second);
        await App.WaitForReportFollowUpsAsync();
        await App.WaitForOutboxAsync();

        Assert.Equal(HttpStatusCode.OK, r1.StatusCode);
        Assert.Equal(HttpStatusCode.OK, r2.StatusCode);
        Assert.Equal(1, await App.QueryAsync(db => db.Reports.CountAsync()));
        Assert.Single(App.Connector.Calls, c => IsConfirmation(c.Card ?? new JsonObject()));
    }

    [Theory]
    [InlineData("lastName", "", "Vul de achternaam in.")]
    [InlineData("description", "", "Vul een beschrijving in.")]
    public async Task Submit_Invalid_DialogAgainWithDutchMessageNothingStored(string field, string value, string expected)
    {
        var before = await DatabaseCounts.ReadAsync(App);
        var data = ReportData.ValidYouth().With(field, value);

        var body = await PostAsync(TestActivities.MessageAction(Submit, MessageHtml, data));

        var card = DialogCardOf(body);
        Assert.Contains(expected, CardNodes.TextBlocks(card));
        Assert.Contains(ReportCards.CheckFieldsMessage, CardNodes.TextBlocks(card));
        Assert.Equal(data["cardId"]!.GetValue<string>(), SubmitData(card)!["cardId"]!.GetValue<string>());
        Assert.Equal(before, await DatabaseCounts.ReadAsync(App));
        Assert.Empty(App.Connector.Calls);
    }

    [Fact]
    public async Task Submit_ByUserWithoutReportingRole_RefusedInTheDialogNothingStored()
    {
        var before = await DatabaseCounts.ReadAsync(App);

        var body = await PostAsync(TestActivities.MessageAction(Submit, MessageHtml, ReportData.ValidYouth(), user: TestDirectory.Programmamanager));

        Assert.Equal("message", body["task"]!["type"]!.GetValue<string>());
        Assert.Equal(NotAllowed.Text, body["task"]!["value"]!.GetValue<string>());
        Assert.Equal(before, await DatabaseCounts.ReadAsync(App));
        Assert.Empty(App.Connector.Calls);
    }

    [Fact]
    public async Task MessageAction_UnknownCommandId_DialogSaysItDoesNotWork()
    {
        var body = await PostAsync(TestActivities.MessageAction(Fetch, MessageHtml, commandId: "somethingElse"));

        Assert.Equal("message", body["task"]!["type"]!.GetValue<string>());
        Assert.Contains("werkt niet", body["task"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<JsonNode> PostAsync(JsonObject activity)
    {
        var response = await App.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static JsonNode DialogCardOf(JsonNode body, string? title = null)
    {
        Assert.Equal("continue", body["task"]!["type"]!.GetValue<string>());
        var value = body["task"]!["value"]!;
        Assert.Equal(title ?? MessageReportFlow.DialogTitle, value["title"]!.GetValue<string>());
        Assert.Equal(CardType, value["card"]!["contentType"]!.GetValue<string>());
        return value["card"]!["content"]!;
    }

    /// <summary>The data of the dialog's submit button (Action.Submit with the report verb in its data), or null.</summary>
    private static JsonObject? SubmitData(JsonNode card) =>
        CardNodes.All(card).FirstOrDefault(o => (string?)o["type"] == "Action.Submit" && (string?)o["data"]?["verb"] == ReportVerbs.SubmitReport)?["data"] as JsonObject;
}
