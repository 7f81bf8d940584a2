namespace PmgBot.Tests.Integration;

/// <summary>Settings that must stop the bot at start, not at the first request.</summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Demo:Seed", "true", "Demo:Seed staat aan in Production")]
    [InlineData("Access:AllowedTenantIds:0", "", "AllowedTenantIds")]
    [InlineData("ScheduledJobs:Dashboard:Enabled", "true", "the dashboard is never anonymous there")]
    [InlineData("ScheduledJobs:Workers", "0", "The field Workers must be between 1 and 20")]
    [InlineData("ScheduledJobs:PostgresSchema", "hangfire; drop", "ScheduledJobs:PostgresSchema must be a lower-case PostgreSQL identifier")]
    public void Start_InProductionWithBadSetting_FailsWithClearMessage(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:AppId"] = "7d8a1f2e-3b4c-4d5e-8f90-a1b2c3d4e5f6",
            ["Bot:AllowAnonymousWithoutAppId"] = "false",
            ["Connector:CredentialType"] = "ClientSecret",
            ["Connector:ClientSecret"] = "not-a-real-secret",
            [key] = value,
        };
        using var app = new BotApp("Production", settings);

        var error = Record.Exception(() => app.Server);

        Assert.NotNull(error);
        Assert.Contains(expected, Flatten(error), StringComparison.Ordinal);
    }

    private static string Flatten(Exception error) => error switch
    {
        AggregateException aggregate => string.Join(" | ", aggregate.InnerExceptions.Select(Flatten)),
        _ when error.InnerException is not null => error.Message + " | " + Flatten(error.InnerException),
        _ => error.Message,
    };
}
