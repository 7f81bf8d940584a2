using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PmgBot.Core.Conversations;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>Registers the scoped <see cref="IConversationReferenceStore"/> and <see cref="RecipientLanguages"/> (needs <c>PmgDbContext</c> in DI).</summary>
    public static IServiceCollection AddConversationReferences(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RecentConversationReferences>();
        services.TryAddScoped<IConversationReferenceStore, ConversationReferenceStore>();
        services.TryAddScoped<RecipientLanguages>();
        return services;
    }
}
