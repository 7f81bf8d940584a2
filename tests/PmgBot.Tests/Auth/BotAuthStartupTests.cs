using Microsoft.Extensions.Options;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Auth;

/// <summary>Bad Bot settings stop the host at start, with a message that names the setting.</summary>
public sealed class BotAuthStartupTests : IAsyncLifetime
{
    private LocalIssuer _issuer = null!;

    public async Task InitializeAsync() => _issuer = await LocalIssuer.StartAsync();

    public async Task DisposeAsync() => await _issuer.DisposeAsync();

    [Theory]
    [InlineData("Production", "", null, "Bot:AppId is empty")]
    [InlineData("Production", "", "true", "Bot:AppId is empty")]
    [InlineData("Development", "   ", null, "Bot:AppId is blank")]
    [InlineData("Development", BotAuthApp.AppId, "true", "Bot:AllowAnonymousWithoutAppId is true while Bot:AppId is set")]
    public async Task Start_InvalidBotSettings_HostRefusesToStart(string environment, string appId, string? allowAnonymous, string expectedMessage)
    {
        var settings = BotAuthApp.Settings(_issuer, appId);
        settings["Bot:AllowAnonymousWithoutAppId"] = allowAnonymous;

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => BotAuthApp.StartAsync(settings, environment));

        Assert.Contains(exception.Failures, f => f.Contains(expectedMessage, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_ProductionWithAppId_Starts()
    {
        var settings = BotAuthApp.Settings(_issuer);

        await using var app = await BotAuthApp.StartAsync(settings, "Production");

        Assert.NotNull(app.Client);
    }
}
