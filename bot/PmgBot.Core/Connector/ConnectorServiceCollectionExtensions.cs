using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace PmgBot.Core.Connector;

public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers the outbound connector: options <c>Connector</c> (validated at start; ClientId defaults to
    /// <c>Bot:AppId</c>), token provider, Teams rate limiter, the single-attempt <see cref="IConnectorSender"/> and
    /// the retrying <see cref="IConnectorClient"/>, on the named HTTP client <c>connector</c>.
    /// </summary>
    public static IServiceCollection AddConnector(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(IConnectorSender)))
        {
            return services; // already added (AddPmgJobs calls this too)
        }

        services.AddOptions<ConnectorOptions>()
            .BindConfiguration(ConnectorOptions.Section)
            .PostConfigure(o =>
            {
                if (string.IsNullOrWhiteSpace(o.ClientId))
                {
                    o.ClientId = configuration["Bot:AppId"];
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConnectorOptions>, ConnectorOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(ConnectorOptions.HttpClientName, (sp, client) =>
            {
                client.Timeout = sp.GetRequiredService<IOptions<ConnectorOptions>>().Value.Timeout;
            })
            // ConnectorLog records status and X-Correlating-OperationId of every call; the factory's per-request
            // logging handlers (URLs with conversation ids, at Information) would only add noise and cost.
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // The token must only reach the stored serviceUrl: never follow a redirect elsewhere.
                AllowAutoRedirect = false,
                ConnectTimeout = TimeSpan.FromSeconds(10),
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                AutomaticDecompression = DecompressionMethods.None,
            });

        services.TryAddSingleton<IConnectorCredentialFactory, ConnectorCredentialFactory>();
        services.TryAddSingleton<IConnectorTokenProvider, ConnectorTokenProvider>();
        services.TryAddSingleton<TeamsRateLimiter>();
        services.TryAddSingleton<IConnectorSender, ConnectorSender>();
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
        return services;
    }
}
