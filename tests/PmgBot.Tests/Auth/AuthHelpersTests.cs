using Microsoft.IdentityModel.Tokens;
using PmgBot.Bot.Protocol.Auth;

namespace PmgBot.Tests.Auth;

/// <summary>The small pure pieces: serviceUrl comparison, issuer tenants, tenant metadata URL, token lifetime.</summary>
public sealed class AuthHelpersTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/emea/", true)]
    [InlineData("https://smba.trafficmanager.net/emea", "https://smba.trafficmanager.net/emea/", true)]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/emea", true)]
    [InlineData("HTTPS://SMBA.trafficmanager.net/EMEA/", "https://smba.trafficmanager.net/emea/", true)]
    [InlineData("https://smba.trafficmanager.net/emea//", "https://smba.trafficmanager.net/emea", false)]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net.evil.example/emea/", false)]
    [InlineData("https://smba.trafficmanager.net/emea/", null, false)]
    [InlineData("", "", false)]
    public void ServiceUrls_AreEqual_OrdinalIgnoreCaseOneTrailingSlash(string? claimed, string? activity, bool expected) =>
        Assert.Equal(expected, ServiceUrls.AreEqual(claimed, activity));

    [Theory]
    [InlineData("https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/", "d6d49420-f39b-4df7-a1dc-d59a935871db")]
    [InlineData("https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0", "f8cdef31-a31e-4b4a-93e4-5f571e91255a")]
    [InlineData("https://api.botframework.com", null)]
    [InlineData("https://sts.windows.net/tenant", null)]
    public void BotIssuers_TenantOf_ReadsTheTenantSegment(string issuer, string? tenant) =>
        Assert.Equal(tenant, BotIssuers.TenantOf(issuer));

    [Fact]
    public void BotIssuers_Entra_BotServiceTenantsPlusOwnTenantInBothVersions()
    {
        Assert.Equal(6, BotIssuers.Entra(string.Empty).Count);

        var withTenant = BotIssuers.Entra("3F1C2D4E-5A6B-4C7D-8E9F-0A1B2C3D4E5F");

        Assert.Equal(8, withTenant.Count);
        Assert.Contains("https://sts.windows.net/3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f/", withTenant);
        Assert.Contains("https://login.microsoftonline.com/3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f/v2.0", withTenant);
        Assert.DoesNotContain(BotIssuers.BotFramework, withTenant);
    }

    [Theory]
    [InlineData("", "3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f", BotAuthOptions.DefaultEntraOpenIdMetadataUrl)]
    [InlineData("3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "d6d49420-f39b-4df7-a1dc-d59a935871db", BotAuthOptions.DefaultEntraOpenIdMetadataUrl)]
    [InlineData("3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
        "https://login.microsoftonline.com/3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f/v2.0/.well-known/openid-configuration")]
    public void EntraMetadataUrls_For_TenantSpecificOnlyForTheBotsOwnTenant(string appTenantId, string issuerTenant, string expected)
    {
        var options = new BotAuthOptions { AppTenantId = appTenantId };

        Assert.Equal(expected, EntraMetadataUrls.For(options, issuerTenant));
    }

    [Fact]
    public void EntraMetadataUrls_For_UrlWithoutCommonSegment_Unchanged()
    {
        var options = new BotAuthOptions
        {
            AppTenantId = "3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
            EntraOpenIdMetadataUrl = "https://login.microsoftonline.com/organizations/v2.0/.well-known/openid-configuration",
        };

        Assert.Equal(options.EntraOpenIdMetadataUrl, EntraMetadataUrls.For(options, options.AppTenantId));
    }

    public static TheoryData<int?, int?, Type?> LifetimeCases => new()
    {
        { -60, 60, null },
        { null, 60, null },
        { -120, -4, null },
        { 4, 60, null },
        { -120, -6, typeof(SecurityTokenExpiredException) },
        { 6, 60, typeof(SecurityTokenNotYetValidException) },
        { -60, null, typeof(SecurityTokenNoExpirationException) },
        { 30, 10, typeof(SecurityTokenInvalidLifetimeException) },
    };

    [Theory]
    [MemberData(nameof(LifetimeCases))]
    public void TokenLifetime_Validate_FiveMinuteSkewOnTheInjectedClock(int? notBeforeMinutes, int? expiresMinutes, Type? expected)
    {
        var now = new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero);
        DateTime? nbf = notBeforeMinutes is { } n ? now.UtcDateTime.AddMinutes(n) : null;
        DateTime? exp = expiresMinutes is { } e ? now.UtcDateTime.AddMinutes(e) : null;

        var exception = Record.Exception(() => TokenLifetime.Validate(nbf, exp, now, TimeSpan.FromMinutes(5)));

        Assert.Equal(expected, exception?.GetType());
    }
}
