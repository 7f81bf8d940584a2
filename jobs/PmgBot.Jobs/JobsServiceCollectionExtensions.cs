using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PmgBot.Core.Connector;
using PmgBot.Core.Outbox;
using PmgBot.Jobs.Outbox;

namespace PmgBot.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the background jobs hosted in the bot process: the outbox dispatcher (options <c>Outbox</c>,
    /// validated at start). Also calls <c>AddConnector</c> and <c>AddOutbox</c> (idempotent). Needs
    /// <c>PmgDbContext</c> in DI.
    /// </summary>
    public static IServiceCollection AddPmgJobs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddConnector(configuration);
        services.AddOutbox();
        services.AddOptions<OutboxOptions>()
            .BindConfiguration(OutboxOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OutboxOptions>, OutboxOptionsValidator>());
        services.TryAddScoped<OutboxDispatchRun>();
        services.AddHostedService<OutboxDispatcher>();
        return services;
    }
}
