using System.Security.Claims;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PmgBot.Bot.Protocol.Auth;
using PmgBot.Core.Protocol;

namespace PmgBot.Tests.Auth;

/// <summary>IBotChannelValidator on hand-made principals: only claims set by the scheme count.</summary>
public sealed class BotChannelValidatorTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    [Theory]
    [InlineData(null, "", false, BotChannelRejectReason.NotABotPrincipal)]
    [InlineData("something-else", "", false, BotChannelRejectReason.NotABotPrincipal)]
    [InlineData(BotTokenSources.Anonymous, "app", false, BotChannelRejectReason.AnonymousNotAllowed)]
    [InlineData(BotTokenSources.Anonymous, "", false, BotChannelRejectReason.AnonymousNotAllowed)]
    [InlineData(BotTokenSources.Anonymous, "", true, BotChannelRejectReason.None)]
    public void Validate_PrincipalKind_OnlyBotPrincipalsAndConfiguredAnonymous(
        string? source, string appId, bool allowAnonymous, BotChannelRejectReason expected)
    {
        var validator = Create(new BotAuthOptions { AppId = appId, AllowAnonymousWithoutAppId = allowAnonymous });
        var claims = source is null ? [] : new[] { new Claim(BotClaimTypes.TokenSource, source) };

        var result = validator.Validate(new ClaimsPrincipal(new ClaimsIdentity(claims, "test")), Message("msteams"));

        Assert.Equal(expected, result.Reason);
        Assert.Equal(expected == BotChannelRejectReason.None, result.Succeeded);
    }

    [Theory]
    [InlineData("msteams", BotChannelRejectReason.None)]
    [InlineData("MSTEAMS", BotChannelRejectReason.ChannelNotEndorsed)]
    [InlineData("webchat", BotChannelRejectReason.ChannelNotEndorsed)]
    [InlineData("", BotChannelRejectReason.None)]
    [InlineData(null, BotChannelRejectReason.None)]
    public void Validate_BotFrameworkEndorsement_ExactChannelIdOrNone(string? channelId, BotChannelRejectReason expected)
    {
        var user = Principal(BotTokenSources.BotFramework,
            new Claim(BotClaimTypes.Endorsement, "msteams"), new Claim(BotClaimTypes.ServiceUrl, ServiceUrl));

        var result = Create(new BotAuthOptions { AppId = "app" }).Validate(user, Message(channelId));

        Assert.Equal(expected, result.Reason);
    }

    [Fact]
    public void Validate_RawTokenServiceUrlClaimOnly_IsNotTrusted()
    {
        // Only the scheme's own claim type counts; a principal with just the token's "serviceurl" claim is refused.
        var user = Principal(BotTokenSources.BotFramework,
            new Claim(BotClaimTypes.Endorsement, "msteams"), new Claim("serviceurl", ServiceUrl));

        var result = Create(new BotAuthOptions { AppId = "app" }).Validate(user, Message("msteams"));

        Assert.Equal(BotChannelRejectReason.ServiceUrlClaimMissing, result.Reason);
    }

    [Theory]
    [InlineData(null, null, BotChannelRejectReason.None)]
    [InlineData(ServiceUrl, null, BotChannelRejectReason.None)]
    [InlineData("https://other.example/", null, BotChannelRejectReason.ServiceUrlMismatch)]
    [InlineData(null, "caller-b", BotChannelRejectReason.CallerNotAllowed)]
    [InlineData(null, "CALLER-A", BotChannelRejectReason.None)]
    public void Validate_Entra_ServiceUrlWhenPresentAndCallerAllowList(string? serviceUrl, string? caller, BotChannelRejectReason expected)
    {
        var options = new BotAuthOptions { AppId = "app" };
        if (caller is not null)
        {
            options.AllowedCallerAppIds.Add("caller-a");
        }

        var claims = new List<Claim>();
        if (serviceUrl is not null)
        {
            claims.Add(new Claim(BotClaimTypes.ServiceUrl, serviceUrl));
        }

        if (caller is not null)
        {
            claims.Add(new Claim(BotClaimTypes.CallerAppId, caller));
        }

        var result = Create(options).Validate(Principal(BotTokenSources.Entra, [.. claims]), Message("msteams"));

        Assert.Equal(expected, result.Reason);
    }

    private static BotChannelValidator Create(BotAuthOptions options) =>
        new(Options.Create(options), NullLogger<BotChannelValidator>.Instance);

    private static ClaimsPrincipal Principal(string source, params Claim[] claims) =>
        new(new ClaimsIdentity([new Claim(BotClaimTypes.TokenSource, source), .. claims], BotAuthDefaults.Scheme));

    private static Activity Message(string? channelId) => new() { Type = ActivityTypes.Message, ChannelId = channelId, ServiceUrl = ServiceUrl };
}
