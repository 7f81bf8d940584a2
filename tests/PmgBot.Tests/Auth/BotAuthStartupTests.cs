using Microsoft.Extensions.Options;
using PmgBot.Bot.Protocol.Auth;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Auth;

/// <summary>Bad Bot settings stop the real host at start, with a message that names the setting.</summary>
public sealed class BotAuthStartupTests : IAsyncLifetime
{
    private LocalIssuer _issuer = null!;

    public async Task InitializeAsync() => _issuer = await LocalIssuer.StartAsync();

    public async Task DisposeAsync() => await _issuer.DisposeAsync();

    [Theory]
    [InlineData("Production", "", "false", "Bot:AppId is empty")]
    [InlineData("Production", "", "true", "Bot:AppId is empty")]
    [InlineData("Development", "   ", "false", "Bot:AppId is blank")]
    [InlineData("Development", BotAuthApp.AppId, "true", "Bot:AllowAnonymousWithoutAppId is true while Bot:AppId is set")]
    public async Task Start_InvalidBotSettings_HostRefusesToStart(string environment, string appId, string allowAnonymous, string expectedMessage)
    {
        var settings = BotAuthApp.Settings(_issuer, appId);
        settings["Bot:AllowAnonymousWithoutAppId"] = allowAnonymous;

        var exception = await Record.ExceptionAsync(() => BotAuthApp.StartAsync(settings, environment));

        var failures = BotAuthFailures(exception);
        Assert.Contains(failures, f => f.Contains(expectedMessage, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task Start_ValidBotSettings_HostStarts(string environment)
    {
        var settings = BotAuthApp.Settings(_issuer);

        var exception = await Record.ExceptionAsync(async () => await (await BotAuthApp.StartAsync(settings, environment)).DisposeAsync());

        Assert.Empty(BotAuthFailures(exception));
        Assert.Null(exception);
    }

    /// <summary>The start-up failures reported for <see cref="BotAuthOptions"/> (other areas may add their own).</summary>
    private static List<string> BotAuthFailures(Exception? exception)
    {
        var found = new List<string>();
        var pending = new Stack<Exception>();
        if (exception is not null)
        {
            pending.Push(exception);
        }

        while (pending.TryPop(out var current))
        {
            if (current is OptionsValidationException validation && validation.OptionsType == typeof(BotAuthOptions))
            {
                found.AddRange(validation.Failures);
            }

            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    pending.Push(inner);
                }
            }
            else if (current.InnerException is not null)
            {
                pending.Push(current.InnerException);
            }
        }

        return found;
    }
}
