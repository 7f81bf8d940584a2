using System.Net;
using Microsoft.Extensions.Logging;
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

    [Theory]
    [InlineData("true", "", 1)]
    [InlineData("false", "", 0)]
    [InlineData("false", BotAuthApp.AppId, 0)]
    public async Task Start_AnonymousModeOrNot_WarnsOnceAtStartNeverPerRequest(string allowAnonymous, string appId, int expectedWarnings)
    {
        var settings = BotAuthApp.Settings(_issuer, appId: appId);
        settings["Bot:AllowAnonymousWithoutAppId"] = allowAnonymous;
        await using var app = await BotAuthApp.StartAsync(settings);
        Assert.Equal(expectedWarnings, app.Logs.Events.Count(e => e.EventId == 4100));

        for (var i = 0; i < 3; i++)
        {
            using var response = await app.SendAsync(BotActivities.Post(token: null));
            Assert.Equal(expectedWarnings == 1 ? HttpStatusCode.Accepted : HttpStatusCode.Unauthorized, response.StatusCode);
        }

        var warnings = app.Logs.Events.Where(e => e.EventId == 4100).ToList();
        Assert.Equal(expectedWarnings, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(LogLevel.Warning, w.Level));
    }
}
