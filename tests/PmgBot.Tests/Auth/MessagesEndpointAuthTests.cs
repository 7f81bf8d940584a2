using System.Net;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Auth;

/// <summary>POST /api/messages with Bot Framework tokens: what is accepted, and the exact status of every rejection.</summary>
public sealed class MessagesEndpointAuthTests(BotAuthFixture fixture) : IClassFixture<BotAuthFixture>
{
    private const int TokenRejectedEvent = 4102;
    private const int ActivityRejectedEvent = 4104;

    private LocalIssuer Issuer => fixture.Issuer;

    private BotAuthApp App => fixture.App;

    [Theory]
    [InlineData("genuine")]
    [InlineData("rs384")]
    [InlineData("rs512")]
    [InlineData("expired-within-skew")]
    [InlineData("starts-within-skew")]
    [InlineData("serviceurl-without-trailing-slash")]
    [InlineData("serviceurl-other-case")]
    public async Task Post_AcceptedToken_IsProcessedOnce(string scenario)
    {
        var (token, body) = Build(scenario);
        var before = await App.WorkAsync();

        using var response = await App.SendAsync(BotActivities.Post(token, body));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var after = await App.WorkAsync();
        Assert.Equal(before.StoredReferences + 1, after.StoredReferences);
        Assert.True(after.ConnectorCalls > before.ConnectorCalls, "the bot should have replied");
    }

    [Theory]
    [InlineData("channelId", null)]
    [InlineData("id", " ")]
    [InlineData("id", "")]
    [InlineData("id", null)]
    public async Task Post_GenuineTokenActivityWithoutRequiredField_400AndProcessesNothing(string field, string? value)
    {
        var body = System.Text.Json.Nodes.JsonNode.Parse(BotActivities.Message())!.AsObject();
        body[field] = value;
        var token = LocalIssuer.Mint(Issuer.BotFrameworkToken(BotAuthApp.AppId, BotActivities.ServiceUrl));
        var before = await App.WorkAsync();

        using var response = await App.SendAsync(BotActivities.Post(token, body.ToJsonString()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await App.WorkAsync());
    }

    [Theory]
    [InlineData("no-token", HttpStatusCode.Unauthorized, "-")]
    [InlineData("empty-bearer", HttpStatusCode.Unauthorized, "Malformed")]
    [InlineData("garbage", HttpStatusCode.Unauthorized, "Malformed")]
    [InlineData("basic-scheme", HttpStatusCode.Unauthorized, "NotBearer")]
    [InlineData("wrong-audience", HttpStatusCode.Unauthorized, "InvalidAudience")]
    [InlineData("no-audience", HttpStatusCode.Unauthorized, "InvalidAudience")]
    [InlineData("wrong-issuer", HttpStatusCode.Unauthorized, "UnknownIssuer")]
    [InlineData("expired", HttpStatusCode.Unauthorized, "Expired")]
    [InlineData("not-yet-valid", HttpStatusCode.Unauthorized, "NotYetValid")]
    [InlineData("no-expiry", HttpStatusCode.Unauthorized, "NoExpiration")]
    [InlineData("key-not-published", HttpStatusCode.Unauthorized, "UnknownSigningKey")]
    [InlineData("no-kid", HttpStatusCode.Unauthorized, "MissingKeyId")]
    [InlineData("kid-of-other-key", HttpStatusCode.Unauthorized, "InvalidSignature")]
    [InlineData("alg-none", HttpStatusCode.Unauthorized, "DisallowedAlgorithm")]
    [InlineData("alg-none-empty-signature-kept", HttpStatusCode.Unauthorized, "DisallowedAlgorithm")]
    [InlineData("hs256", HttpStatusCode.Unauthorized, "DisallowedAlgorithm")]
    [InlineData("tampered-payload", HttpStatusCode.Unauthorized, "InvalidSignature")]
    [InlineData("key-without-endorsements", HttpStatusCode.Unauthorized, "KeyWithoutEndorsements")]
    [InlineData("entra-key-with-botframework-issuer", HttpStatusCode.Unauthorized, "UnknownSigningKey")]
    [InlineData("key-not-endorsed-for-channel", HttpStatusCode.Forbidden, "ChannelNotEndorsed")]
    [InlineData("serviceurl-mismatch", HttpStatusCode.Forbidden, "ServiceUrlMismatch")]
    [InlineData("serviceurl-missing", HttpStatusCode.Forbidden, "ServiceUrlClaimMissing")]
    [InlineData("activity-without-serviceurl", HttpStatusCode.Forbidden, "ServiceUrlMismatch")]
    public async Task Post_RejectedToken_ReturnsStatusAndProcessesNothing(string scenario, HttpStatusCode expected, string reason)
    {
        var (token, body) = Build(scenario);
        var before = await App.WorkAsync();
        var tokenRejections = App.Reasons(TokenRejectedEvent).Count;
        var activityRejections = App.Reasons(ActivityRejectedEvent).Count;
        using var request = scenario == "basic-scheme"
            ? BotActivities.Post(token, body, scheme: "Basic")
            : BotActivities.Post(token, body);

        using var response = await App.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(before, await App.WorkAsync());
        Assert.Null(response.Headers.Location);
        if (expected == HttpStatusCode.Unauthorized)
        {
            Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
            Assert.Equal(reason == "-" ? [] : [reason], App.Reasons(TokenRejectedEvent).Skip(tokenRejections));
        }
        else
        {
            Assert.Equal([reason], App.Reasons(ActivityRejectedEvent).Skip(activityRejections));
        }
    }

    private (string? Token, string Body) Build(string scenario)
    {
        var now = DateTimeOffset.UtcNow;
        var genuine = Issuer.BotFrameworkToken(BotAuthApp.AppId, BotActivities.ServiceUrl);
        var message = BotActivities.Message();
        return scenario switch
        {
            "genuine" => (LocalIssuer.Mint(genuine), message),
            "rs384" => (LocalIssuer.Mint(genuine with { Algorithm = "RS384" }), message),
            "rs512" => (LocalIssuer.Mint(genuine with { Algorithm = "RS512" }), message),
            "expired-within-skew" => (LocalIssuer.Mint(genuine with { NotBefore = now.AddHours(-1), Expires = now.AddMinutes(-4) }), message),
            "starts-within-skew" => (LocalIssuer.Mint(genuine with { NotBefore = now.AddMinutes(4) }), message),
            "serviceurl-without-trailing-slash" => (LocalIssuer.Mint(genuine with { ServiceUrl = "https://smba.trafficmanager.net/emea" }), message),
            "serviceurl-other-case" => (LocalIssuer.Mint(genuine with { ServiceUrl = "https://SMBA.trafficmanager.net/EMEA/" }), message),

            "no-token" => (null, message),
            "empty-bearer" => (" ", message),
            "garbage" => ("not.a.jwt", message),
            "basic-scheme" => (Convert.ToBase64String("user:pass"u8.ToArray()), message),
            "wrong-audience" => (LocalIssuer.Mint(genuine with { Audience = "00000000-1111-2222-3333-444444444444" }), message),
            "no-audience" => (LocalIssuer.Mint(genuine with { Audience = null }), message),
            "wrong-issuer" => (LocalIssuer.Mint(genuine with { Issuer = "https://api.botframework.com.evil.example" }), message),
            "expired" => (LocalIssuer.Mint(genuine with { NotBefore = now.AddHours(-2), Expires = now.AddMinutes(-6) }), message),
            "not-yet-valid" => (LocalIssuer.Mint(genuine with { NotBefore = now.AddMinutes(10), Expires = now.AddHours(1) }), message),
            "no-expiry" => (LocalIssuer.Mint(genuine with { OmitExpires = true }), message),
            "key-not-published" => (LocalIssuer.Mint(genuine with { Key = Issuer.KeyNotPublished }), message),
            "no-kid" => (LocalIssuer.Mint(genuine with { Kid = string.Empty }), message),
            "kid-of-other-key" => (LocalIssuer.Mint(genuine with { Kid = Issuer.KeyWebChat.Kid }), message),
            "alg-none" => (LocalIssuer.Mint(genuine with { Algorithm = "none" }), message),
            "alg-none-empty-signature-kept" => (WithAlgNone(LocalIssuer.Mint(genuine)), message),
            "hs256" => (LocalIssuer.Mint(genuine with { Algorithm = "HS256" }), message),
            "tampered-payload" => (LocalIssuer.Tamper(LocalIssuer.Mint(genuine), json => json.Replace("emea", "amer", StringComparison.Ordinal)),
                BotActivities.Message(serviceUrl: "https://smba.trafficmanager.net/amer/")),
            "key-without-endorsements" => (LocalIssuer.Mint(genuine with { Key = Issuer.KeyWithoutEndorsements }), message),
            "entra-key-with-botframework-issuer" => (LocalIssuer.Mint(genuine with { Key = Issuer.EntraKey }), message),
            "key-not-endorsed-for-channel" => (LocalIssuer.Mint(genuine with { Key = Issuer.KeyWebChat }), message),
            "serviceurl-mismatch" => (LocalIssuer.Mint(genuine with { ServiceUrl = "https://attacker.example/" }), message),
            "serviceurl-missing" => (LocalIssuer.Mint(genuine with { ServiceUrl = null }), message),
            "activity-without-serviceurl" => (LocalIssuer.Mint(genuine), BotActivities.Message(serviceUrl: null)),
            _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, null),
        };
    }

    /// <summary>A genuine token whose header is rewritten to <c>alg: none</c>, signature left in place.</summary>
    private static string WithAlgNone(string token)
    {
        var parts = token.Split('.');
        var header = System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(parts[0]))
            .Replace("RS256", "none", StringComparison.Ordinal);
        parts[0] = System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(header));
        return string.Join('.', parts);
    }
}
