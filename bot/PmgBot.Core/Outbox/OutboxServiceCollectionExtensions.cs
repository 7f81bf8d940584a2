using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PmgBot.Core.Conversations;

namespace PmgBot.Core.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// Registers the durable outbox (<see cref="IOutbox"/>, scoped), its wake-up signal (singleton) and
    /// <see cref="IProactiveMessenger"/> (scoped; also registers the conversation reference store). Needs
    /// <c>PmgDbContext</c> in DI and, for the messenger, <c>AddConnector</c>. The dispatcher is in jobs
    /// (<c>AddPmgJobs</c>).
    /// </summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IOutboxSignal, OutboxSignal>();
        services.TryAddSingleton<ConversationBacklog>();
        services.TryAddScoped<IOutbox, Outbox>();
        services.TryAddScoped<IProactiveMessenger, ProactiveMessenger>();
        services.AddConversationReferences();
        return services;
    }
}
