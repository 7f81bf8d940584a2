using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Connector;

namespace PmgBot.Tests.Connector;

/// <summary>The connector as the product registers it (AddConnector), with a test clock and token.</summary>
internal static class ConnectorTestServices
{
    public static ServiceProvider Build(TimeProvider clock, string? token = null, Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Connector:CredentialType"] = "None" })
            .AddInMemoryCollection(settings ?? [])
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(clock);
        services.AddSingleton<IConnectorTokenProvider>(new FixedTokenProvider(token));
        services.AddConnector(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
