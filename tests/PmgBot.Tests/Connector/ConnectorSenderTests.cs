using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Connector;
using PmgBot.Core.Protocol;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Connector;

public sealed class ConnectorSenderTests : IAsyncLifetime
{
    private readonly TestClock _clock = new();
    private FakeConnectorServer _server = null!;
    private ServiceProvider _services = null!;

    private IConnectorSender Sender => _services.GetRequiredService<IConnectorSender>();

    public async Task InitializeAsync()
    {
        _server = await FakeConnectorServer.StartAsync();
        _services = ConnectorTestServices.Build(_clock);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SendOnceAsync_ServiceUrlWithOrWithoutSlash_PostsToActivitiesAndReturnsId(bool trailingSlash)
    {
        var serviceUrl = trailingSlash ? _server.ServiceUrl : _server.ServiceUrl.TrimEnd('/');

        var result = await Sender.SendOnceAsync(ConnectorRequest.Send(serviceUrl, "a:1qhN", Message("hoi")), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Delivered, result.Outcome);
        Assert.StartsWith("act-", result.Id, StringComparison.Ordinal);
        var request = Assert.Single(_server.Requests);
        Assert.Equal(("POST", "/v3/conversations/a:1qhN/activities"), (request.Method, request.Path));
        Assert.Equal("hoi", JsonDocument.Parse(request.Body).RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task SendOnceAsync_ThreadConversationId_IsEscapedInThePath()
    {
        const string conversationId = "19:abc@thread.tacv2;messageid=1700000000000";

        await Sender.SendOnceAsync(ConnectorRequest.Send(_server.ServiceUrl, conversationId, Message("x")), CancellationToken.None);

        Assert.Equal($"/v3/conversations/{conversationId}/activities", Assert.Single(_server.Requests).Path);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", "a:1;x=/y", "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1%3Bx%3D%2Fy/activities")]
    [InlineData("https://smba.trafficmanager.net/amer", "a:1", "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/activities")]
    public void TryBuildUri_ServiceUrlAndId_KeepsPathPrefixAndEscapesId(string serviceUrl, string conversationId, string expected)
    {
        Assert.True(ConnectorSender.TryBuildUri(ConnectorRequest.Send(serviceUrl, conversationId, Message("x")), out var uri));
        Assert.Equal(expected, uri.AbsoluteUri);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://example.org/")]
    [InlineData("/relative/")]
    public async Task SendOnceAsync_InvalidServiceUrl_FailsWithoutCalling(string serviceUrl)
    {
        var result = await Sender.SendOnceAsync(ConnectorRequest.Send(serviceUrl, "a:1", Message("x")), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task SendOnceAsync_Reply_PostsToTheActivityAndSetsReplyToId()
    {
        var result = await Sender.SendOnceAsync(ConnectorRequest.Reply(_server.ServiceUrl, "a:1", "1700000000001", Message("x")), CancellationToken.None);

        Assert.True(result.IsDelivered);
        var request = Assert.Single(_server.Requests);
        Assert.Equal(("POST", "/v3/conversations/a:1/activities/1700000000001", FakeConnectorOperation.ReplyToActivity), (request.Method, request.Path, request.Operation));
        Assert.Equal("1700000000001", JsonDocument.Parse(request.Body).RootElement.GetProperty("replyToId").GetString());
    }

    [Fact]
    public async Task SendOnceAsync_Update_PutsToTheActivity()
    {
        var result = await Sender.SendOnceAsync(ConnectorRequest.Update(_server.ServiceUrl, "a:1", "act-9", Message("nieuw")), CancellationToken.None);

        Assert.True(result.IsDelivered);
        var request = Assert.Single(_server.Requests);
        Assert.Equal(("PUT", "/v3/conversations/a:1/activities/act-9"), (request.Method, request.Path));
    }

    [Fact]
    public async Task SendOnceAsync_CreateConversation_PostsParametersAndReturnsConversationId()
    {
        var parameters = new ConversationParameters
        {
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "00000000-0000-0000-0000-000000000001" }],
            TenantId = "tenant-1",
        };

        var result = await Sender.SendOnceAsync(ConnectorRequest.CreateConversation(_server.ServiceUrl, parameters), CancellationToken.None);

        Assert.True(result.IsDelivered);
        Assert.StartsWith("a:created-", result.Id, StringComparison.Ordinal);
        var request = Assert.Single(_server.Requests);
        Assert.Equal(("POST", "/v3/conversations"), (request.Method, request.Path));
        var body = JsonDocument.Parse(request.Body).RootElement;
        Assert.False(body.GetProperty("isGroup").GetBoolean());
        Assert.Equal("tenant-1", body.GetProperty("tenantId").GetString());
        Assert.Equal("00000000-0000-0000-0000-000000000001", body.GetProperty("members")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData(ConnectorOperation.SendToConversation, 500, ConnectorOutcome.MaybeDelivered)]
    [InlineData(ConnectorOperation.SendToConversation, 503, ConnectorOutcome.RetryLater)]
    [InlineData(ConnectorOperation.SendToConversation, 412, ConnectorOutcome.RetryLater)]
    [InlineData(ConnectorOperation.SendToConversation, 403, ConnectorOutcome.Failed)]
    [InlineData(ConnectorOperation.SendToConversation, 404, ConnectorOutcome.Failed)]
    [InlineData(ConnectorOperation.UpdateActivity, 500, ConnectorOutcome.RetryLater)]
    public async Task SendOnceAsync_ErrorStatus_ClassifiedAndSentOnce(ConnectorOperation operation, int status, ConnectorOutcome expected)
    {
        _server.Behaviour = _ => FakeConnectorResponse.Status(status);
        var request = operation == ConnectorOperation.UpdateActivity
            ? ConnectorRequest.Update(_server.ServiceUrl, "a:1", "act-1", Message("x"))
            : ConnectorRequest.Send(_server.ServiceUrl, "a:1", Message("x"));

        var result = await Sender.SendOnceAsync(request, CancellationToken.None);

        Assert.Equal((expected, (int?)status), (result.Outcome, result.StatusCode));
        Assert.Single(_server.Requests);
        Assert.DoesNotContain("fake", result.Error ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendOnceAsync_TooManyRequests_ReturnsRetryAfterAndPausesTheConversation()
    {
        _server.Behaviour = _ => FakeConnectorResponse.TooManyRequests("2");

        var result = await Sender.SendOnceAsync(ConnectorRequest.Send(_server.ServiceUrl, "a:1", Message("x")), CancellationToken.None);

        Assert.Equal((ConnectorOutcome.RetryLater, (int?)429, (TimeSpan?)TimeSpan.FromSeconds(2)), (result.Outcome, result.StatusCode, result.RetryAfter));
        var limiter = _services.GetRequiredService<TeamsRateLimiter>();
        Assert.False(limiter.TryAcquire("a:1", null, out var wait));
        Assert.Equal(TimeSpan.FromSeconds(2), wait);
        Assert.True(limiter.TryAcquire("a:2", null, out _));
    }

    [Fact]
    public async Task SendOnceAsync_ConnectorDown_RetryLaterWithoutStatus()
    {
        var closedPort = FakeConnectorServer.FindFreePort();

        var result = await Sender.SendOnceAsync(ConnectorRequest.Send($"http://127.0.0.1:{closedPort}/", "a:1", Message("x")), CancellationToken.None);

        Assert.Equal((ConnectorOutcome.RetryLater, (int?)null), (result.Outcome, result.StatusCode));
    }

    [Fact]
    public async Task SendOnceAsync_ConnectionDroppedAfterSending_MaybeDelivered()
    {
        _server.Behaviour = FakeConnectorBehaviours.Refuse();

        var result = await Sender.SendOnceAsync(ConnectorRequest.Send(_server.ServiceUrl, "a:1", Message("x")), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.MaybeDelivered, result.Outcome);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task SendOnceAsync_AnonymousMode_SendsNoAuthorizationHeader()
    {
        await Sender.SendOnceAsync(ConnectorRequest.Send(_server.ServiceUrl, "a:1", Message("x")), CancellationToken.None);

        Assert.Null(Assert.Single(_server.Requests).Authorization);
    }

    [Fact]
    public async Task SendOnceAsync_WithToken_SendsBearerToTheRequestServiceUrlOnly()
    {
        await using var services = ConnectorTestServices.Build(_clock, token: "secret-token");
        var sender = services.GetRequiredService<IConnectorSender>();

        var local = await sender.SendOnceAsync(ConnectorRequest.Send(_server.ServiceUrl, "a:1", Message("x")), CancellationToken.None);
        var insecure = await sender.SendOnceAsync(ConnectorRequest.Send("http://connector.example.org/", "a:1", Message("x")), CancellationToken.None);

        Assert.True(local.IsDelivered);
        Assert.Equal("Bearer secret-token", Assert.Single(_server.Requests).Authorization);
        Assert.Equal((ConnectorOutcome.Failed, (int?)null), (insecure.Outcome, insecure.StatusCode));
    }

    [Fact]
    public async Task SendOnceAsync_RedirectAnswer_IsNotFollowed()
    {
        _server.Behaviour = call => call.Path.StartsWith("/elsewhere", StringComparison.Ordinal)
            ? null
            : new FakeConnectorResponse(307, Location: _server.ServiceUrl + "elsewhere");

        var result = await Sender.SendOnceAsync(ConnectorRequest.Send(_server.ServiceUrl, "a:1", Message("x")), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Single(_server.Requests);
    }

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };
}
