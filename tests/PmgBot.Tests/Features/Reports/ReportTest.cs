using System.Net;
using System.Text.Json.Nodes;
using PmgBot.Core.Features.Reports;
using PmgBot.Core.Turns;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Reports;

/// <summary>Base of the report flow tests: invokes through the real endpoint, each user in their own personal chat.</summary>
public abstract class ReportTest : BotAppTest
{
    protected const string CardType = "application/vnd.microsoft.card.adaptive";
    protected const string MessageType = "application/vnd.microsoft.activity.message";

    protected static string ConversationOf(string user) => "a:" + user;

    protected async Task<JsonNode> InvokeAsync(string verb, JsonObject? data = null, string user = TestDirectory.Melder)
    {
        var response = await App.PostAsync(TestActivities.Invoke(verb, data?.DeepClone().AsObject(), user, conversation: ConversationOf(user)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>Submits the report card and returns the card the bot answered with, once the follow-up job ran the stored report.</summary>
    protected async Task<JsonNode> SubmitAsync(JsonObject data, string user = TestDirectory.Melder)
    {
        var card = CardOf(await InvokeAsync(ReportVerbs.SubmitReport, data, user));
        await App.WaitForReportFollowUpsAsync();
        return card;
    }

    protected static JsonNode CardOf(JsonNode body)
    {
        Assert.Equal(CardType, body["type"]?.GetValue<string>());
        return body["value"]!;
    }

    protected static bool IsConfirmation(JsonNode card) => CardNodes.TextBlocks(card).Contains("Melding ontvangen");

    protected static bool IsForm(JsonNode card) => CardNodes.ActionData(card, ReportVerbs.SubmitReport) is not null;

    /// <summary>The reference in a confirmation card (the bold TextRun).</summary>
    protected static string ReferenceOf(JsonNode card) =>
        CardNodes.All(card).Single(o => (string?)o["type"] == "TextRun" && (string?)o["weight"] == "Bolder")["text"]!.GetValue<string>();

    protected static string CardIdOf(JsonNode card) => CardNodes.ActionData(card, ReportVerbs.SubmitReport)!["cardId"]!.GetValue<string>();
}
