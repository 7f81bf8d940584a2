using System.Net;
using System.Text;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Auth;

/// <summary>Whatever arrives after "Bearer ", the answer is 401 — never a 500 — and nothing is processed.</summary>
public sealed class MalformedTokenTests(BotAuthFixture fixture) : IClassFixture<BotAuthFixture>
{
    private const string BotFrameworkPayload = "{\"iss\":\"https://api.botframework.com\",\"aud\":\"" + BotAuthApp.AppId + "\",\"exp\":4102444800}";

    [Theory]
    [InlineData("{\"alg\":\"RS256\",\"kid\":\"bf-key-a\"}", "not json at all")]
    [InlineData("not json", BotFrameworkPayload)]
    [InlineData("[1,2,3]", BotFrameworkPayload)]
    [InlineData("{\"alg\":\"RS256\",\"kid\":42}", BotFrameworkPayload)]
    [InlineData("{\"alg\":42,\"kid\":\"bf-key-a\"}", BotFrameworkPayload)]
    [InlineData("{\"alg\":\"RS256\",\"kid\":\"bf-key-a\"}", "{\"iss\":42}")]
    [InlineData("{\"alg\":\"RS256\",\"kid\":\"bf-key-a\"}", "{\"iss\":[\"https://api.botframework.com\"]}")]
    [InlineData("{\"alg\":\"RS256\",\"kid\":\"bf-key-a\"}", "[]")]
    [InlineData("{\"alg\":\"RS256\",\"kid\":\"bf-key-a\",\"crit\":[\"exp\"]}", BotFrameworkPayload)]
    [InlineData("{\"alg\":\"RS256\",\"kid\":\"bf-key-a\"}", "{\"iss\":\"https://api.botframework.com\",\"aud\":\"" + BotAuthApp.AppId + "\",\"exp\":\"tomorrow\"}")]
    public async Task Post_StructurallyBrokenToken_Returns401(string headerJson, string payloadJson)
    {
        var token = Encode(headerJson) + "." + Encode(payloadJson) + "." + Encode("signature");

        await AssertRejectedAsync(token);
    }

    [Theory]
    [InlineData("a.b.c.d.e")]
    [InlineData("....")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9")]
    [InlineData("%%%.%%%.%%%")]
    public async Task Post_NotAJwt_Returns401(string token) => await AssertRejectedAsync(token);

    [Fact]
    public async Task Post_HugeToken_Returns401()
    {
        var genuine = LocalIssuer.Mint(fixture.Issuer.BotFrameworkToken(BotAuthApp.AppId, BotActivities.ServiceUrl)
            with { Claims = new Dictionary<string, object> { ["padding"] = new string('x', 20_000) } });

        await AssertRejectedAsync(LocalIssuer.Tamper(genuine, json => json.Replace("xxxx", "yyyy", StringComparison.Ordinal)));
    }

    private async Task AssertRejectedAsync(string token)
    {
        var before = await fixture.App.WorkAsync();

        using var response = await fixture.App.SendAsync(BotActivities.Post(token));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, await fixture.App.WorkAsync());
        Assert.DoesNotContain(fixture.App.Logs.Events, e => e.EventId == 4103);
    }

    private static string Encode(string text) => System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
}
