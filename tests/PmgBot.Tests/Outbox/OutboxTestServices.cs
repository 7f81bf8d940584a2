using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Jobs;

namespace PmgBot.Tests.Outbox;

/// <summary>Connector + outbox + jobs as the product registers them, over a test database and clock.</summary>
internal static class OutboxTestServices
{
    public static ServiceProvider Build(SqliteTestDatabase database, TimeProvider clock, Dictionary<string, string?>? settings = null, IInterceptor? interceptor = null)
    {
        var configuration = Configuration(settings);
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging();
        services.AddSingleton(clock);
        database.AddTo(services, interceptor);
        services.AddPmgJobs(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static IConfiguration Configuration(Dictionary<string, string?>? settings = null) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Connector:CredentialType"] = "None",
                ["Outbox:PollInterval"] = "00:00:00.200",
                ["Outbox:BaseBackoff"] = "00:00:01",
                ["Outbox:MaxBackoff"] = "00:00:04",
            })
            .AddInMemoryCollection(settings ?? [])
            .Build();
}
