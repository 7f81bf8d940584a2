using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PmgBot.Core.Inbox;

public static class InboxServiceCollectionExtensions
{
    /// <summary>Registers the durable inbox (options <c>Inbox</c>, validated at start). Needs <c>AddPmgData</c>.</summary>
    public static IServiceCollection AddInbox(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<InboxOptions>().BindConfiguration(InboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<InboxProcess>();
        services.TryAddSingleton<IInbox, InboxWriter>();
        services.TryAddScoped<InboxRecovery>();
        return services;
    }
}
