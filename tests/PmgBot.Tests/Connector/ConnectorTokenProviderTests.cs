using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PmgBot.Core.Connector;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Connector;

public sealed class ConnectorTokenProviderTests
{
    [Theory]
    [InlineData(0, 1, "token-1")]
    [InlineData(30, 1, "token-1")]
    [InlineData(54, 1, "token-1")]
    [InlineData(55, 2, "token-2")]
    [InlineData(70, 2, "token-2")]
    public async Task GetTokenAsync_SecondCallLater_RefreshesFiveMinutesBeforeExpiry(int minutesLater, int expectedCalls, string expectedToken)
    {
        var clock = new TestClock();
        var credential = new CountingTokenCredential(clock);
        using var provider = Create(clock, credential);

        Assert.Equal("token-1", await provider.GetTokenAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromMinutes(minutesLater));
        var second = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(expectedToken, second);
        Assert.Equal(expectedCalls, credential.Calls);
    }

    [Fact]
    public async Task GetTokenAsync_ManyConcurrentCallers_AsksTheCredentialOnce()
    {
        var clock = new TestClock();
        var credential = new CountingTokenCredential(clock);
        using var provider = Create(clock, credential);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => provider.GetTokenAsync(CancellationToken.None).AsTask()));

        Assert.All(tokens, t => Assert.Equal("token-1", t));
        Assert.Equal(1, credential.Calls);
    }

    [Fact]
    public async Task GetTokenAsync_UsesTheBotFrameworkScope()
    {
        var clock = new TestClock();
        var credential = new CountingTokenCredential(clock);
        using var provider = Create(clock, credential);

        await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(["https://api.botframework.com/.default"], Assert.Single(credential.Scopes));
    }

    [Fact]
    public async Task GetTokenAsync_CredentialTypeNone_ReturnsNull()
    {
        using var provider = new ConnectorTokenProvider(
            Options.Create(new ConnectorOptions { CredentialType = ConnectorCredentialType.None }),
            new ConnectorCredentialFactory(),
            new TestClock(),
            NullLogger<ConnectorTokenProvider>.Instance);

        Assert.Null(await provider.GetTokenAsync(CancellationToken.None));
    }

    private static ConnectorTokenProvider Create(TimeProvider clock, CountingTokenCredential credential) => new(
        Options.Create(new ConnectorOptions { CredentialType = ConnectorCredentialType.ClientSecret, ClientId = "app", ClientSecret = "s" }),
        new FixedCredentialFactory(credential),
        clock,
        NullLogger<ConnectorTokenProvider>.Instance);
}
