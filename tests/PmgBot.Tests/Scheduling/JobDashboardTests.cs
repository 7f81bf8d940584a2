using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Jobs.Scheduling;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Scheduling;

/// <summary>
/// Hangfire's dashboard: absent unless switched on; then behind <see cref="JobDashboardPolicy"/> (local requests only
/// by default, never anonymous outside Development, which the start refuses: see StartupValidationTests).
/// </summary>
public sealed class JobDashboardTests
{
    private static readonly IPAddress Remote = IPAddress.Parse("203.0.113.7");

    [Fact]
    public async Task Dashboard_Default_IsNotThere()
    {
        await using var app = new BotApp();

        using var response = await app.CreateClient().GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_EnabledInDevelopment_ServedToLocalRequestsWithoutTheConnectionString()
    {
        await using var app = Dashboard(IPAddress.Loopback);

        using var response = await app.CreateClient().GetAsync("/jobs-dashboard");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("PmgBot scheduled jobs", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Data Source", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_EnabledInDevelopment_RemoteRequestRefused()
    {
        await using var app = Dashboard(Remote);

        using var response = await app.CreateClient().GetAsync("/jobs-dashboard");

        // 403, not 401: in anonymous local mode the bot's scheme signs every tokenless request in as the anonymous
        // channel, and the policy refuses that identity from elsewhere.
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(true, false, false, false)]  // an anonymous local request
    [InlineData(true, true, false, false)]   // signed in, without the role
    [InlineData(true, true, true, true)]     // signed in with the role, from this machine
    [InlineData(false, true, true, false)]   // signed in with the role, from elsewhere
    public async Task Policy_OutsideDevelopment_OnlyAnOperatorWithTheRoleOnThisMachine(bool local, bool signedIn, bool inRole, bool allowed)
    {
        var policy = JobDashboardPolicy.Build(
            new JobDashboardOptions { Enabled = true, Role = "pmgbot-operator", AuthenticationScheme = "operator-login" }, development: false);

        Assert.Equal(allowed, await AllowsAsync(policy, local, signedIn, inRole));
    }

    [Fact]
    public async Task Policy_InDevelopmentWithoutRole_AnonymousLocalRequestsOnly()
    {
        var policy = JobDashboardPolicy.Build(new JobDashboardOptions { Enabled = true }, development: true);

        Assert.True(await AllowsAsync(policy, local: true, signedIn: false, inRole: false));
        Assert.False(await AllowsAsync(policy, local: false, signedIn: false, inRole: false));
    }

    [Theory]
    [InlineData("Production", null, null, "/hangfire", false)]
    [InlineData("Production", "pmgbot-operator", null, "/hangfire", false)]
    [InlineData("Production", null, "operator-login", "/hangfire", false)]
    [InlineData("Production", "pmgbot-operator", "operator-login", "/hangfire", true)]
    [InlineData("Development", null, null, "/hangfire", true)]
    [InlineData("Development", null, null, "/api/jobs", false)]
    [InlineData("Development", null, null, "/readyz", false)]
    [InlineData("Development", null, null, "/letters", false)]
    [InlineData("Development", null, null, "/Letters/draft", false)]
    [InlineData("Development", null, null, "/letters-dashboard", true)]
    public void Validator_RefusesAnonymousOutsideDevelopmentAndTheBotsPaths(string environment, string? role, string? scheme, string path, bool valid)
    {
        var validator = new JobDashboardOptionsValidator(new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = environment });

        var result = validator.Validate(null, new JobDashboardOptions { Enabled = true, Role = role, AuthenticationScheme = scheme, Path = path });

        Assert.Equal(valid, result.Succeeded);
    }

    private static BotApp Dashboard(IPAddress remote)
    {
        var app = new BotApp(settings: new Dictionary<string, string?>
        {
            ["ScheduledJobs:Dashboard:Enabled"] = "true",
            ["ScheduledJobs:Dashboard:Path"] = "/jobs-dashboard",
        });
        // The in-memory test server has no client address: give every request the one this test needs.
        app.RemoteAddress = remote;
        return app;
    }

    private static async Task<bool> AllowsAsync(AuthorizationPolicy policy, bool local, bool signedIn, bool inRole)
    {
        var http = new DefaultHttpContext();
        http.Connection.LocalIpAddress = IPAddress.Parse("10.1.2.3");
        http.Connection.RemoteIpAddress = local ? IPAddress.Loopback : Remote;
        var claims = inRole ? new[] { new Claim(ClaimTypes.Role, "pmgbot-operator") } : [];
        var user = new ClaimsPrincipal(signedIn ? new ClaimsIdentity(claims, "operator-login") : new ClaimsIdentity());
        var services = new ServiceCollection().AddLogging().AddAuthorization().BuildServiceProvider();
        var authorization = services.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(user, http, policy)).Succeeded;
    }
}
