using System.Net;
using System.Text.Json.Nodes;

namespace PmgBot.Tests.Integration;

/// <summary>The transport contract of POST /api/messages (protocol.md §1), through the real endpoint.</summary>
public sealed class MessagesEndpointTests : BotAppTest
{
    protected override BotApp CreateApp() => new(settings: new Dictionary<string, string?> { ["Endpoint:MaxBodyBytes"] = "16384" });

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("{\"text\":\"help\"}")]
    [InlineData("{\"type\":\"\"}")]
    [InlineData("{\"type\":42}")]
    public async Task Post_MalformedOrUntyped_Returns400AndSendsNothing(string body)
    {
        var response = await App.PostRawAsync(body);
        await App.WaitForIdleAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(App.Connector.Calls);
    }

    [Fact]
    public async Task Post_BodyOverLimit_Returns413AndSendsNothing()
    {
        var activity = TestActivities.Message(new string('x', 20_000));

        var response = await App.PostAndWaitAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(App.Connector.Calls);
    }

    [Fact]
    public async Task Get_MessagesEndpoint_Returns405()
    {
        var response = await App.CreateClient().GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    [InlineData("event")]
    [InlineData("somethingTeamsInventsTomorrow")]
    public async Task Post_UnknownOrIgnoredType_Returns200AndSendsNothing(string type)
    {
        var activity = TestActivities.Message("help");
        activity["type"] = type;

        var response = await App.PostAndWaitAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(App.Connector.Calls);
    }

    [Fact]
    public async Task Post_Message_Returns202BeforeProcessing()
    {
        var response = await App.PostAndWaitAsync(TestActivities.Message("help"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Single(App.Connector.Calls);
    }

    [Fact]
    public async Task Post_RedeliveredMessage_IsHandledOnce()
    {
        var first = TestActivities.Message("help", id: "same-id");
        var again = TestActivities.Message("help", id: "same-id");

        var r1 = await App.PostAndWaitAsync(first);
        var r2 = await App.PostAndWaitAsync(again);

        Assert.Equal(HttpStatusCode.Accepted, r1.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, r2.StatusCode);
        Assert.Single(App.Connector.Calls);
    }

    [Fact]
    public async Task Post_SameActivityIdInAnotherConversation_IsHandledAgain()
    {
        await App.PostAndWaitAsync(TestActivities.Message("help", id: "shared-id"));
        await App.PostAndWaitAsync(TestActivities.Message("help", id: "shared-id", conversation: "a:another-conversation"));

        Assert.Equal(2, App.Connector.Calls.Count);
    }

    [Fact]
    public async Task Post_RedeliveredInvoke_GetsTheSameAnswerAndIsHandledOnce()
    {
        var r1 = await App.PostAsync(TestActivities.Invoke("myDetails", id: "invoke-1"));
        var r2 = await App.PostAsync(TestActivities.Invoke("myDetails", id: "invoke-1"));

        Assert.Equal(HttpStatusCode.OK, r1.StatusCode);
        Assert.Equal(await r1.Content.ReadAsStringAsync(), await r2.Content.ReadAsStringAsync());
        Assert.Equal(1, await App.CountAuditAsync("directory.view-own"));
    }

    [Theory]
    [InlineData("task/fetch")]
    [InlineData("composeExtension/query")]
    [InlineData("")]
    [InlineData(null)]
    public async Task Post_UnsupportedInvoke_Returns400NotA5xx(string? name)
    {
        var invoke = TestActivities.Invoke("menu");
        invoke["name"] = name;

        var response = await App.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_InvokeWithUnknownVerb_AnswersADutchErrorInTheInvokeBody()
    {
        var response = await App.PostAsync(TestActivities.Invoke("doesNotExist"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Contains("Deze knop werkt niet", body["value"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_LiveAndReady_Return200()
    {
        var client = App.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
    }
}
