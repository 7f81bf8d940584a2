using System.Net;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Auth;

/// <summary>Anonymous local mode exists only with no AppId AND the explicit flag; without an AppId tokens are never accepted.</summary>
public sealed class AnonymousModeTests : IAsyncLifetime
{
    private LocalIssuer _issuer = null!;

    public async Task InitializeAsync() => _issuer = await LocalIssuer.StartAsync();

    public async Task DisposeAsync() => await _issuer.DisposeAsync();

    [Theory]
    [InlineData("false", false, HttpStatusCode.Unauthorized)]
    [InlineData("false", true, HttpStatusCode.Unauthorized)]
    [InlineData("true", false, HttpStatusCode.Accepted)]
    [InlineData("true", true, HttpStatusCode.Unauthorized)]
    public async Task Post_WithoutAppId_OnlyTokenlessRequestsAndOnlyWithTheFlag(string allowAnonymous, bool sendToken, HttpStatusCode expected)
    {
        var settings = BotAuthApp.Settings(_issuer, appId: string.Empty);
        settings["Bot:AllowAnonymousWithoutAppId"] = allowAnonymous;
        await using var app = await BotAuthApp.StartAsync(settings);
        var token = sendToken ? LocalIssuer.Mint(_issuer.BotFrameworkToken(BotAuthApp.AppId, BotActivities.ServiceUrl)) : null;

        using var response = await app.SendAsync(BotActivities.Post(token));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.Accepted ? 1 : 0, (await app.WorkAsync()).StoredReferences);
        if (sendToken)
        {
            Assert.Equal(["NoAppIdConfigured"], app.Reasons(4102));
            Assert.Equal(0, _issuer.RequestCount(LocalIssuer.BotFrameworkMetadataPath));
        }
    }

    [Fact]
    public async Task Post_AnonymousMode_LogsAWarningForEveryAcceptedRequest()
    {
        var settings = BotAuthApp.Settings(_issuer, appId: string.Empty);
        settings["Bot:AllowAnonymousWithoutAppId"] = "true";
        await using var app = await BotAuthApp.StartAsync(settings);

        using var response = await app.SendAsync(BotActivities.Post(token: null));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Single(app.Logs.Events, e => e.EventId == 4100);
    }
}
