using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PmgBot.Jobs;
using PmgBot.Jobs.Outbox;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Outbox;

public sealed class OutboxOptionsTests
{
    [Theory]
    [InlineData("Outbox:BatchSize", "0", "BatchSize")]
    [InlineData("Outbox:MaxAttempts", "0", "MaxAttempts")]
    [InlineData("Outbox:PollInterval", "00:00:00", "PollInterval")]
    [InlineData("Outbox:BaseBackoff", "00:30:00", "BaseBackoff must not exceed")]
    public void AddPmgJobs_BadOutboxSetting_FailsValidation(string key, string value, string expected)
    {
        using var database = new SqliteTestDatabase(create: false);
        using var services = OutboxTestServices.Build(database, new TestClock(), new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<OutboxOptions>>().Value);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPmgJobs_Defaults_AreValid()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Connector:CredentialType"] = "None" })
            .Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddPmgJobs(configuration).BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<OutboxOptions>>().Value;
        Assert.Equal((TimeSpan.FromSeconds(5), 12, TimeSpan.FromMinutes(2), 50), (options.PollInterval, options.MaxAttempts, options.LeaseDuration, options.BatchSize));
    }
}
