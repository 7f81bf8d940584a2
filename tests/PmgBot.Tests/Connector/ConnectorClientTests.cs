using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Connector;
using PmgBot.Core.Protocol;
using PmgBot.Tests.Support;
using Activity = PmgBot.Core.Protocol.Activity;

namespace PmgBot.Tests.Connector;

/// <summary>The flow-facing client: in-process retries on a manual clock against the real-HTTP fake connector.</summary>
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private readonly TestClock _clock = new();
    private FakeConnectorServer _server = null!;
    private ServiceProvider _services = null!;

    private IConnectorClient Client => _services.GetRequiredService<IConnectorClient>();

    public async Task InitializeAsync()
    {
        _server = await FakeConnectorServer.StartAsync();
        _services = ConnectorTestServices.Build(_clock, settings: new()
        {
            ["Connector:MaxAttempts"] = "4",
            ["Connector:BaseDelay"] = "00:00:01",
            ["Connector:MaxDelay"] = "00:00:08",
        });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task SendToConversationAsync_429WithRetryAfter_RetriesNotBeforeRetryAfter()
    {
        _server.Behaviour = call => call.Sequence == 1 ? FakeConnectorResponse.TooManyRequests("2") : null;

        var sending = Client.SendToConversationAsync(_server.ServiceUrl, "a:1", Message(), CancellationToken.None);
        await WaitForTimerAsync();
        _clock.Advance(TimeSpan.FromMilliseconds(1999));
        await Task.Delay(200);
        Assert.Single(_server.Requests);
        Assert.False(sending.IsCompleted);

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        var result = await sending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(ConnectorOutcome.Delivered, result.Outcome);
        Assert.Equal([429, 200], _server.Requests.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task SendToConversationAsync_ServerError_NotResent()
    {
        _server.Behaviour = FakeConnectorBehaviours.FailOnce(500);

        var result = await Client.SendToConversationAsync(_server.ServiceUrl, "a:1", Message(), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.MaybeDelivered, result.Outcome);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task UpdateActivityAsync_ServerErrorOnce_RetriedAfterBackoff()
    {
        _server.Behaviour = FakeConnectorBehaviours.FailOnce(500);

        var updating = Client.UpdateActivityAsync(_server.ServiceUrl, "a:1", "act-1", Message(), CancellationToken.None);
        var result = await DriveClockUntilAsync(updating);

        Assert.Equal(ConnectorOutcome.Delivered, result.Outcome);
        Assert.Equal([500, 200], _server.Requests.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task SendToConversationAsync_Outage_GivesUpAfterMaxAttempts()
    {
        _server.Behaviour = FakeConnectorBehaviours.Outage(503);

        var sending = Client.SendToConversationAsync(_server.ServiceUrl, "a:1", Message(), CancellationToken.None);
        var result = await DriveClockUntilAsync(sending);

        Assert.Equal((ConnectorOutcome.RetryLater, (int?)503), (result.Outcome, result.StatusCode));
        Assert.Equal(4, _server.Requests.Count);
    }

    [Fact]
    public async Task SendToConversationAsync_RetryAfterLongerThanInlineLimit_ReturnedToCaller()
    {
        _server.Behaviour = _ => FakeConnectorResponse.TooManyRequests("3600");

        var result = await Client.SendToConversationAsync(_server.ServiceUrl, "a:1", Message(), CancellationToken.None);

        Assert.Equal((ConnectorOutcome.RetryLater, (TimeSpan?)TimeSpan.FromHours(1)), (result.Outcome, result.RetryAfter));
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task CreateConversationAsync_Delivered_ReturnsConversationId()
    {
        var result = await Client.CreateConversationAsync(
            _server.ServiceUrl,
            new ConversationParameters { Members = [new ChannelAccount { Id = "29:user" }], TenantId = "t" },
            CancellationToken.None);

        Assert.True(result.IsDelivered);
        Assert.StartsWith("a:created-", result.Id, StringComparison.Ordinal);
    }

    private async Task WaitForTimerAsync()
    {
        for (var i = 0; i < 500 && _clock.PendingTimers == 0; i++)
        {
            await Task.Delay(10);
        }

        Assert.True(_clock.PendingTimers > 0, "the client should be waiting on the clock");
    }

    /// <summary>Moves the clock forward in steps while the call waits on it, until the call completes.</summary>
    private async Task<ConnectorResult> DriveClockUntilAsync(Task<ConnectorResult> call)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!call.IsCompleted && watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (_clock.PendingTimers > 0)
            {
                _clock.Advance(TimeSpan.FromSeconds(1));
            }

            await Task.Delay(10);
        }

        return await call.WaitAsync(TimeSpan.FromSeconds(1));
    }

    private static Activity Message() => new() { Type = ActivityTypes.Message, Text = "x" };
}
