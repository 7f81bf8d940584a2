using System.Net;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Auth;

/// <summary>Keys are cached; an unknown kid triggers one (rate-limited) refresh; an unreachable issuer means 401, not 500.</summary>
public sealed class SigningKeyRefreshTests : IAsyncLifetime
{
    private LocalIssuer _issuer = null!;
    private BotAuthApp _app = null!;

    public async Task InitializeAsync()
    {
        _issuer = await LocalIssuer.StartAsync();
        _app = await BotAuthApp.StartAsync(BotAuthApp.Settings(_issuer));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task Post_GenuineTokens_FetchMetadataAndKeysOnce()
    {
        for (var i = 0; i < 3; i++)
        {
            using var response = await SendAsync(_issuer.KeyMsTeams);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        Assert.Equal(1, _issuer.RequestCount(LocalIssuer.BotFrameworkMetadataPath));
        Assert.Equal(1, _issuer.RequestCount(LocalIssuer.BotFrameworkKeysPath));
    }

    [Fact]
    public async Task Post_UnknownKid_TriggersExactlyOneRefresh()
    {
        using (var warmUp = await SendAsync(_issuer.KeyMsTeams))
        {
            Assert.Equal(HttpStatusCode.Accepted, warmUp.StatusCode);
        }

        using (var first = await SendAsync(_issuer.KeyNotPublished))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        }

        Assert.Equal(2, _issuer.RequestCount(LocalIssuer.BotFrameworkMetadataPath));
        Assert.Equal(2, _issuer.RequestCount(LocalIssuer.BotFrameworkKeysPath));

        for (var i = 0; i < 5; i++)
        {
            using var again = await SendAsync(_issuer.KeyNotPublished);
            Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        }

        Assert.Equal(2, _issuer.RequestCount(LocalIssuer.BotFrameworkMetadataPath));
        Assert.Equal(2, _issuer.RequestCount(LocalIssuer.BotFrameworkKeysPath));
        Assert.Equal(1, (await _app.WorkAsync()).StoredReferences);
        Assert.Equal(6, _app.Reasons(4102).Count(r => r == "UnknownSigningKey"));
    }

    [Fact]
    public async Task Post_KeyPublishedAfterStart_AcceptedAfterOneRefresh()
    {
        using (var warmUp = await SendAsync(_issuer.KeyMsTeams))
        {
            Assert.Equal(HttpStatusCode.Accepted, warmUp.StatusCode);
        }

        _issuer.PublishBotFrameworkKey(_issuer.KeyRotated);

        using var response = await SendAsync(_issuer.KeyRotated);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(2, _issuer.RequestCount(LocalIssuer.BotFrameworkKeysPath));
        Assert.Equal(2, (await _app.WorkAsync()).StoredReferences);
    }

    [Fact]
    public async Task Post_IssuerUnavailable_Returns401AndRetriesOnlyAfterBackOff()
    {
        _issuer.Unavailable = true;

        using (var first = await SendAsync(_issuer.KeyMsTeams))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        }

        using (var second = await SendAsync(_issuer.KeyMsTeams))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        }

        Assert.Equal(1, _issuer.RequestCount(LocalIssuer.BotFrameworkMetadataPath));
        Assert.Equal(["KeysUnavailable", "KeysUnavailable"], _app.Reasons(4102));
        Assert.Equal(new BotWork(0, 0), await _app.WorkAsync());
    }

    [Fact]
    public async Task Post_IssuerDownAfterKeysWereFetched_KeepsAcceptingWithCachedKeys()
    {
        using (var warmUp = await SendAsync(_issuer.KeyMsTeams))
        {
            Assert.Equal(HttpStatusCode.Accepted, warmUp.StatusCode);
        }

        _issuer.Unavailable = true;
        using (var unknown = await SendAsync(_issuer.KeyNotPublished))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        }

        using var response = await SendAsync(_issuer.KeyMsTeams);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(2, _issuer.RequestCount(LocalIssuer.BotFrameworkMetadataPath));
    }

    private Task<HttpResponseMessage> SendAsync(LocalIssuerKey key)
    {
        var token = LocalIssuer.Mint(_issuer.BotFrameworkToken(BotAuthApp.AppId, BotActivities.ServiceUrl) with { Key = key });
        return _app.SendAsync(BotActivities.Post(token));
    }
}
