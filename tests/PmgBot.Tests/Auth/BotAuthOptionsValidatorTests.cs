using Microsoft.Extensions.Hosting.Internal;
using PmgBot.Bot.Protocol.Auth;

namespace PmgBot.Tests.Auth;

public sealed class BotAuthOptionsValidatorTests
{
    public static TheoryData<string, Action<BotAuthOptions>, string?> Cases => new()
    {
        { "Production", o => o.AppId = "app", null },
        { "Development", o => o.AppId = string.Empty, null },
        { "Development", o => { o.AppId = string.Empty; o.AllowAnonymousWithoutAppId = true; }, null },
        { "Production", o => o.AppId = string.Empty, "Bot:AppId is empty" },
        { "Development", o => o.AppId = " ", "Bot:AppId is blank" },
        { "Development", o => o.AppId = " app", "leading or trailing whitespace" },
        { "Development", o => { o.AppId = "app"; o.AllowAnonymousWithoutAppId = true; }, "Bot:AllowAnonymousWithoutAppId is true" },
        { "Development", o => o.AppTenantId = "contoso.onmicrosoft.com", "Bot:AppTenantId must be a tenant GUID" },
        { "Development", o => o.AppTenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47", null },
        { "Development", o => o.BotFrameworkOpenIdMetadataUrl = "http://127.0.0.1:5000/meta", "must use https" },
        { "Development", o => { o.BotFrameworkOpenIdMetadataUrl = "http://127.0.0.1:5000/meta"; o.RequireHttpsMetadata = false; }, null },
        { "Development", o => o.EntraOpenIdMetadataUrl = "not a url", "Bot:EntraOpenIdMetadataUrl must be an absolute http(s) URL" },
        { "Development", o => o.EntraOpenIdMetadataUrl = "file:///etc/passwd", "Bot:EntraOpenIdMetadataUrl must be an absolute http(s) URL" },
        { "Development", o => o.AllowedCallerAppIds.Add(" "), "Bot:AllowedCallerAppIds contains an empty entry" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_Settings_FailsOnlyWithTheExpectedMessage(string environment, Action<BotAuthOptions> change, string? expectedFailure)
    {
        ArgumentNullException.ThrowIfNull(change);
        var options = new BotAuthOptions { AppId = "app" };
        change(options);
        var validator = new BotAuthOptionsValidator(new HostingEnvironment { EnvironmentName = environment });

        var result = validator.Validate(null, options);

        if (expectedFailure is null)
        {
            Assert.True(result.Succeeded, result.FailureMessage);
        }
        else
        {
            Assert.True(result.Failed);
            Assert.Contains(result.Failures!, f => f.Contains(expectedFailure, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Defaults_AreTheMicrosoftEndpointsAndStrict()
    {
        var options = new BotAuthOptions();

        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.BotFrameworkOpenIdMetadataUrl);
        Assert.Equal("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration", options.EntraOpenIdMetadataUrl);
        Assert.True(options.RequireHttpsMetadata);
        Assert.False(options.AllowAnonymousWithoutAppId);
        Assert.Equal(string.Empty, options.AppId);
        Assert.Empty(options.AllowedCallerAppIds);
    }
}
