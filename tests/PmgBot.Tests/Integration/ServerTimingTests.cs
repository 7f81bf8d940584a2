using System.Globalization;
using PmgBot.Bot.Protocol;
using PmgBot.Core.Features.Welcome;
using PmgBot.Core.Turns;

namespace PmgBot.Tests.Integration;

/// <summary><c>Endpoint:ServerTimingHeader</c>: the benchmarks' server-side timing header, off unless configured.</summary>
public sealed class ServerTimingTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("false", false)]
    [InlineData("true", true)]
    public async Task Invoke_ServerTimingSetting_HeaderPresentOnlyWhenOn(string? setting, bool expected)
    {
        var settings = new Dictionary<string, string?>();
        if (setting is not null)
        {
            settings["Endpoint:ServerTimingHeader"] = setting;
        }

        using var app = await new BotApp(settings: settings).StartAsync();

        var response = await app.PostAndWaitAsync(TestActivities.Invoke(WelcomeVerbs.Menu));

        response.EnsureSuccessStatusCode();
        Assert.Equal(expected, response.Headers.Contains(ServerTimingMiddleware.HeaderName));
        if (expected)
        {
            var value = Assert.Single(response.Headers.GetValues(ServerTimingMiddleware.HeaderName));
            Assert.StartsWith("app;dur=", value, StringComparison.Ordinal);
            var ms = double.Parse(value["app;dur=".Length..], NumberStyles.Float, CultureInfo.InvariantCulture);
            Assert.True(ms >= 0, value);
        }
    }
}
