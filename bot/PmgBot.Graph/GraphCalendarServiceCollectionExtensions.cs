using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PmgBot.Core.Features.Meetings.Calendar;

namespace PmgBot.Graph;

public static class GraphCalendarServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="ICalendarGateway"/>: <see cref="GraphCalendarGateway"/> when <c>Graph:TenantId</c> and
    /// <c>Graph:ClientId</c> are set, otherwise the embedded .ics fallback. Options <c>Graph</c> are checked at start
    /// either way (half a Graph configuration stops the start instead of silently writing .ics files).
    /// </summary>
    public static IServiceCollection AddGraphCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>());

        // Which gateway is a decision of the registration, so it reads the section now.
        var enabled = configuration.GetSection(GraphOptions.Section).Get<GraphOptions>()?.Enabled ?? false;
        if (!enabled)
        {
            return services.AddIcsCalendar();
        }

        services.AddHttpClient(GraphOptions.HttpClientName, (sp, client) =>
            {
                client.Timeout = sp.GetRequiredService<IOptions<GraphOptions>>().Value.Timeout;
            })
            // The factory's request logging writes URLs, and Graph URLs name mailboxes: GraphCalendarLog logs instead.
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // The SDK's RedirectHandler follows redirects (and drops the token on another host); the socket must not.
                AllowAutoRedirect = false,
                // The SDK's CompressionHandler asks for and unpacks gzip itself.
                AutomaticDecompression = DecompressionMethods.None,
                ConnectTimeout = TimeSpan.FromSeconds(10),
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .ConfigureAdditionalHttpMessageHandlers((handlers, sp) =>
            {
                foreach (var handler in GraphMiddleware.Create(sp.GetRequiredService<IOptions<GraphOptions>>().Value))
                {
                    handlers.Add(handler);
                }
            });

        services.TryAddSingleton<IGraphCredentialFactory, GraphCredentialFactory>();
        services.TryAddSingleton<GraphServiceClientSource>();
        services.TryAddSingleton<MailboxConcurrency>();
        services.TryAddSingleton<GraphCalendarGateway>();
        services.TryAddSingleton<ICalendarGateway>(sp => sp.GetRequiredService<GraphCalendarGateway>());
        return services;
    }
}
