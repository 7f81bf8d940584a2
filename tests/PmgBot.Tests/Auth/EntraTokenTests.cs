using System.Net;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Auth;

/// <summary>Entra-issued tokens (protocol.md §2.2): accepted issuers, tenant metadata, tid, serviceurl and caller allow-list.</summary>
public sealed class EntraTokenTests : IAsyncLifetime
{
    private const string BotTenant = "3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
    private const string CallerAppId = "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d";

    private LocalIssuer _issuer = null!;

    public async Task InitializeAsync() => _issuer = await LocalIssuer.StartAsync();

    public async Task DisposeAsync() => await _issuer.DisposeAsync();

    [Fact]
    public async Task Post_TokenFromTheBotsTenant_AcceptedWithTenantMetadata()
    {
        await using var app = await StartAsync(appTenantId: BotTenant);
        var token = LocalIssuer.Mint(_issuer.EntraToken(BotAuthApp.AppId, BotTenant, CallerAppId));

        using var response = await app.SendAsync(BotActivities.Post(token));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(1, (await app.WorkAsync()).StoredReferences);
        Assert.Equal(1, _issuer.RequestCount(LocalIssuer.EntraMetadataPath(BotTenant)));
        Assert.Equal(0, _issuer.RequestCount(LocalIssuer.EntraMetadataPath("common")));
    }

    [Theory]
    [InlineData("v2")]
    [InlineData("v1")]
    public async Task Post_TokenFromBotServiceTenant_AcceptedWithCommonMetadata(string version)
    {
        await using var app = await StartAsync();
        var spec = _issuer.EntraToken(BotAuthApp.AppId, LocalIssuer.BotServiceTenant, CallerAppId);
        if (version == "v1")
        {
            spec = spec with
            {
                Issuer = $"https://sts.windows.net/{LocalIssuer.BotServiceTenant}/",
                Claims = new Dictionary<string, object> { ["tid"] = LocalIssuer.BotServiceTenant, ["appid"] = CallerAppId, ["ver"] = "1.0" },
            };
        }

        using var response = await app.SendAsync(BotActivities.Post(LocalIssuer.Mint(spec)));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(1, _issuer.RequestCount(LocalIssuer.EntraMetadataPath("common")));
    }

    [Theory]
    [InlineData("tenant-not-configured", HttpStatusCode.Unauthorized, "UnknownIssuer")]
    [InlineData("tid-differs-from-issuer", HttpStatusCode.Unauthorized, "TenantIssuerMismatch")]
    [InlineData("tid-missing", HttpStatusCode.Unauthorized, "TenantIssuerMismatch")]
    [InlineData("audience-api-uri", HttpStatusCode.Unauthorized, "InvalidAudience")]
    [InlineData("signed-with-botframework-key", HttpStatusCode.Unauthorized, "UnknownSigningKey")]
    [InlineData("expired", HttpStatusCode.Unauthorized, "Expired")]
    [InlineData("serviceurl-mismatch", HttpStatusCode.Forbidden, "ServiceUrlMismatch")]
    public async Task Post_RejectedEntraToken_ReturnsStatusAndProcessesNothing(string scenario, HttpStatusCode expected, string reason)
    {
        await using var app = await StartAsync();
        var spec = _issuer.EntraToken(BotAuthApp.AppId, LocalIssuer.BotServiceTenant, CallerAppId);
        spec = scenario switch
        {
            "tenant-not-configured" => _issuer.EntraToken(BotAuthApp.AppId, BotTenant, CallerAppId),
            "tid-differs-from-issuer" => spec with { Claims = new Dictionary<string, object> { ["tid"] = BotTenant, ["azp"] = CallerAppId } },
            "tid-missing" => spec with { Claims = new Dictionary<string, object> { ["azp"] = CallerAppId } },
            "audience-api-uri" => spec with { Audience = "api://" + BotAuthApp.AppId },
            "signed-with-botframework-key" => spec with { Key = _issuer.KeyMsTeams },
            "expired" => spec with { NotBefore = DateTimeOffset.UtcNow.AddHours(-2), Expires = DateTimeOffset.UtcNow.AddMinutes(-10) },
            "serviceurl-mismatch" => spec with { ServiceUrl = "https://attacker.example/" },
            _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, null),
        };

        using var response = await app.SendAsync(BotActivities.Post(LocalIssuer.Mint(spec)));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(new BotWork(0, 0), await app.WorkAsync());
        Assert.Equal([reason], app.Reasons(expected == HttpStatusCode.Unauthorized ? 4102 : 4104));
    }

    [Fact]
    public async Task Post_EntraTokenWithMatchingServiceUrl_Accepted()
    {
        await using var app = await StartAsync();
        var spec = _issuer.EntraToken(BotAuthApp.AppId, LocalIssuer.BotServiceTenant, CallerAppId) with
        {
            ServiceUrl = BotActivities.ServiceUrl,
        };

        using var response = await app.SendAsync(BotActivities.Post(LocalIssuer.Mint(spec)));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Theory]
    [InlineData(CallerAppId, HttpStatusCode.Accepted)]
    [InlineData("00000000-aaaa-bbbb-cccc-000000000000", HttpStatusCode.Forbidden)]
    public async Task Post_AllowedCallerAppIds_OnlyListedCallersPass(string callerAppId, HttpStatusCode expected)
    {
        await using var app = await StartAsync(allowedCaller: CallerAppId.ToUpperInvariant());
        var token = LocalIssuer.Mint(_issuer.EntraToken(BotAuthApp.AppId, LocalIssuer.BotServiceTenant, callerAppId));

        using var response = await app.SendAsync(BotActivities.Post(token));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.Accepted ? 1 : 0, (await app.WorkAsync()).StoredReferences);
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Equal(["CallerNotAllowed"], app.Reasons(4104));
        }
    }

    private Task<BotAuthApp> StartAsync(string? appTenantId = null, string? allowedCaller = null)
    {
        var settings = BotAuthApp.Settings(_issuer);
        settings["Bot:AppTenantId"] = appTenantId;
        if (allowedCaller is not null)
        {
            settings["Bot:AllowedCallerAppIds:0"] = allowedCaller;
        }

        return BotAuthApp.StartAsync(settings);
    }
}
